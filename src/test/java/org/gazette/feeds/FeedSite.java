package org.gazette.feeds;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.testing.TestSite;

/**
 * A small site built once for the feed tests: two agencies and one campaign with notices, an agency
 * and a campaign without any, a plan, a simple page, a draft and a scheduled notice, and text with
 * everything an editor can type that a careless writer would break.
 */
final class FeedSite {

    /** The build day. */
    static final LocalDate DAY = LocalDate.of(2022, 6, 1);

    /** Characters a writer must keep as they are: astral CJK, emoji, quotes, angle brackets, a script end tag. */
    static final String TRICKY = "𠀀𪚥 😀 \"引号\" ‘单引号’ <b> & </script>";

    static final String NOTICE = "content/notices/2022/week/index.md";

    private FeedSite() {
    }

    static TestSite write(TestSite site) throws IOException {
        site.write("data/agencies.yaml", TestSite.AGENCIES_YAML + """
                qx:
                  name: 某县气象局
                """);
        site.write("data/campaigns.yaml", TestSite.CAMPAIGNS_YAML + """
                sci-day-2022:
                  name: 2022年全国科普日
                  series: 全国科普日
                  year: 2022
                """);
        site.write(NOTICE, """
                ---
                title: 关于开展科技活动周的通知 TRICKY
                date: 2022-05-20
                updated: 2022-05-28
                agencies: [kjj, kx]
                campaign: sci-week-2022
                doc_number: 某科发〔2022〕13号
                topics: [科普]
                keywords: [科技活动周]
                summary: 摘要 TRICKY
                attachments:
                  - title: 附件1：报名表
                    file: 报名表.docx
                ---

                各有关单位：正文 𠀀𪚥 😀 “引号” `</script> & <b>`

                请填写[报名表](报名表.docx)，见[通知公告](/notices/)和[第二条](#sec-2)，或访问[科技部](https://www.most.gov.cn/)。
                """.replace("TRICKY", TRICKY));
        site.write("content/notices/2022/week/报名表.docx", TestSite.OFFICE_FILE);
        site.write("content/notices/older.md", """
                ---
                title: 较早的通知
                date: 2022-05-10
                agencies: [kjj]
                ---

                较早通知的正文。
                """);
        site.write("content/plans/plan.md", """
                ---
                title: 科技活动周实施方案
                date: 2022-05-15
                agencies: [kx]
                campaign: sci-week-2022
                ---

                实施方案的正文。
                """);
        site.write("content/about.md", """
                ---
                title: 关于本站
                type: page
                ---

                本站介绍。
                """);
        site.write("content/notices/draft.md", """
                ---
                title: 草稿通知
                date: 2022-05-21
                agencies: [qx]
                campaign: sci-day-2022
                status: draft
                ---

                草稿正文。
                """);
        site.write("content/notices/later.md", """
                ---
                title: 定时通知
                date: 2022-06-02
                agencies: [qx]
                campaign: sci-day-2022
                ---

                定时正文。
                """);
        return site;
    }

    /** Builds the site into {@code output} on {@link #DAY}. */
    static void build(TestSite site, Path output) throws Exception {
        write(site).build(output, DAY);
    }
}
