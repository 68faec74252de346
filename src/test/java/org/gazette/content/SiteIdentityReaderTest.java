package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The inspection items of {@code data/site.yaml} are optional, read into {@link SiteIdentity}, and
 * every number the footer links from is checked, each mistake at its line with the form to write.
 */
@ExtendWith(TestSiteExtension.class)
class SiteIdentityReaderTest {

    @Test
    void aSiteWithoutInspectionItemsStillBuildsAndShowsNone(TestSite site) {
        TestSite.DataReading reading = site.readData();

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.data().site().identity()).isEqualTo(SiteIdentity.NONE);
    }

    @Test
    void readsEveryInspectionItem(TestSite site) throws IOException {
        site.write("data/site.yaml", TestSite.SITE_YAML + """
                site_code: "6405020001"
                police_record: 宁公网安备 64050202000001号
                conac_id: 0d48a84d75cf6974e053012819ac263f
                report_errors: true
                publisher_contact:
                  address: 某县人民路1号
                  phone: 0955-8812000
                  postcode: "751100"
                operator:
                  name: 某县信息中心
                  phone: 0955-8812001
                annual_report: https://www.example.gov.cn/ndbb/
                interaction: /contacts/
                topics:
                  - 综合政务\\政务公开
                  - 科技、教育\\科技
                """);

        TestSite.DataReading reading = site.readData();
        SiteIdentity identity = reading.data().site().identity();

        assertThat(reading.problems()).isEmpty();
        assertThat(identity.policeRecordUrl()).isEqualTo("https://beian.mps.gov.cn/#/query/webSearch?code=64050202000001");
        assertThat(identity.conacUrl())
                .isEqualTo("https://bszs.conac.cn/sitename?method=show&id=0D48A84D75CF6974E053012819AC263F");
        assertThat(identity.reportErrors()).isTrue();
        assertThat(identity.errorReportUrl("6405020001", "https://kjj.example.gov.cn/"))
                .isEqualTo("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6405020001&url=https%3A%2F%2Fkjj.example.gov.cn%2F");
        assertThat(identity.publisherContact()).isEqualTo(new SiteIdentity.Unit("某县科学技术局", "某县人民路1号", "0955-8812000", "751100"));
        assertThat(identity.operator()).isEqualTo(new SiteIdentity.Unit("某县信息中心", null, "0955-8812001", null));
        assertThat(identity.annualReport().external()).isTrue();
        assertThat(identity.interaction().path()).isEqualTo("contacts/");
        assertThat(identity.topics()).containsExactly("综合政务\\政务公开", "科技、教育\\科技");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a police record without its number cannot be linked | police_record: 宁公网安备号 | police_record | 公安备案号“宁公网安备号”格式不对，无法链接到备案记录 | 宁公网安备64050202000001号
            reporting errors needs the site code                | report_errors: true   | report_errors | “我为政府网站找错”需要网站标识码 | site_code
            """)
    void anItemThatCannotBeUsedAsWrittenIsToldAtItsLine(String what, String line, String field, String message, String hint,
                                                        TestSite site) throws IOException {
        site.write("data/site.yaml", TestSite.SITE_YAML + line + "\n");

        assertThat(site.readData().problems()).singleElement().satisfies(problem -> assertThatProblem(problem)
                .isAt("data/site.yaml", 4, field)
                .hasMessageContaining(message)
                .hasHintContaining(hint));
    }

    @Test
    void registrationNumbersAreCheckedAgainstTheirOfficialForms(TestSite site) throws IOException {
        site.write("data/site.yaml", TestSite.SITE_YAML + """
                site_code: 640502
                icp: 宁ICP备案12345678
                conac_id: 12345
                """);

        assertThat(site.readData().problems()).satisfiesExactly(
                p -> assertThatProblem(p).isAt("data/site.yaml", 4, "site_code").hasHintContaining("10 位数字"),
                p -> assertThatProblem(p).isAt("data/site.yaml", 5, "icp").hasHintContaining("宁ICP备12345678号-1"),
                p -> assertThatProblem(p).isAt("data/site.yaml", 6, "conac_id").hasHintContaining("id="));
    }

    @Test
    void unitsAreCheckedFieldByField(TestSite site) throws IOException {
        site.write("data/site.yaml", TestSite.SITE_YAML + """
                publisher_contact:
                  postcode: 75110
                  电话: 0955-8812000
                operator:
                  address: 某县人民路1号
                annual_report: www.example.gov.cn/ndbb
                """);

        assertThat(site.readData().problems()).satisfiesExactly(
                p -> assertThatProblem(p).isAt("data/site.yaml", 5, "publisher_contact.postcode")
                        .hasMessageContaining("邮政编码“75110”应是 6 位数字"),
                p -> assertThatProblem(p).isAt("data/site.yaml", 6, "publisher_contact.电话").hasHintContaining("phone"),
                p -> assertThatProblem(p).isAt("data/site.yaml", 8, "operator.name").hasMessageContaining("缺少必填字段 name"),
                p -> assertThatProblem(p).isAt("data/site.yaml", 9, "annual_report").hasHintContaining("https://"));
    }
}
