package org.gazette.inspection;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.gazette.testing.BuiltPages;
import org.gazette.testing.TestSite;
import org.jsoup.nodes.Document;

/**
 * A small site with every page kind (home, lists, notice, plan, simple page, calendars, directory,
 * agency, attachments, site map, 404), built on 2022-05-24 for the inspection tests.
 */
final class InspectionSite {

    static final LocalDate DAY = LocalDate.of(2022, 5, 24);

    /** Every inspection item of {@code data/site.yaml}, as a bureau would fill them in. */
    static final String FULL_IDENTITY = """
            site_code: "6405020001"
            icp: 宁ICP备12345678号-1
            police_record: 宁公网安备64050202000001号
            conac_id: 0D48A84D75CF6974E053012819AC263F
            report_errors: true
            publisher_contact:
              address: 某县人民路1号
              phone: 0955-8812000
              postcode: "751100"
            operator:
              name: 某县信息中心
              address: 某县人民路3号
              phone: 0955-8812001
              postcode: "751100"
            annual_report: https://www.example.gov.cn/ndbb/
            interaction: /contacts/
            """;

    private InspectionSite() {
    }

    /** Writes the documents into {@code site} with {@code identity} added to its site.yaml, builds it, and parses every page. */
    static Map<String, Document> build(TestSite site, String identity, Path output) throws Exception {
        write(site, identity);
        site.build(output, DAY);
        return BuiltPages.of(output);
    }

    static void write(TestSite site, String identity) throws IOException {
        site.write("data/site.yaml", TestSite.SITE_YAML + identity)
                .write("content/notices/2022/week/index.md", """
                        ---
                        title: 关于开展2022年科技活动周的通知
                        date: 2022-05-10
                        agencies: [kjj, kx]
                        campaign: sci-week-2022
                        summary: 科技活动周的安排。
                        schedule:
                          - title: 开幕式
                            start: 2022-05-28 09:00
                        deadlines:
                          - title: 报送总结
                            due: 2022-06-10
                        attachments:
                          - title: 统计表
                            file: 统计表.xlsx
                        ---

                        正文。
                        """)
                .write("content/notices/2022/week/统计表.xlsx", TestSite.OFFICE_FILE)
                .write("content/notices/2022/day.md", """
                        ---
                        title: 关于全国科技工作者日的通知
                        date: 2022-05-20
                        agencies: [kjj]
                        ---

                        正文。
                        """)
                .write("content/plans/2022/plan.md", """
                        ---
                        title: 科技活动周实施方案
                        date: 2022-05-01
                        agencies: [kx]
                        ---

                        正文。
                        """)
                .write("content/about.md", """
                        ---
                        title: 关于本站
                        ---

                        本站发布科技局的通知。
                        """)
                .write("content/accessibility.md", """
                        ---
                        title: 无障碍声明
                        ---

                        本站按 WCAG 2.1 AA 建设。
                        """);
    }
}
