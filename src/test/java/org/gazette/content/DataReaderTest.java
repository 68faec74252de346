package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared data files are read into typed records, keeping the order editors wrote them in. */
@ExtendWith(TestSiteExtension.class)
class DataReaderTest {

    @Test
    void readsEveryFieldOfSiteYaml(TestSite site) throws IOException {
        site.write("data/site.yaml", """
                title: 科技活动周信息发布平台
                publisher: 某县科学技术局
                base_url: https://kjj.example.gov.cn/kjz/
                language: zh-CN
                timezone: Asia/Urumqi
                site_code: "6405020001"
                icp: 宁ICP备00000000号-1
                police_record: 宁公网安备64050202000001号
                description: 某县科技活动周的通知和方案。
                navigation:
                  - title: 首页
                    url: /
                  - title: 通知公告
                    url: /notices/
                """);

        SiteConfig config = site.readData().data().site();

        assertThat(config.title()).isEqualTo("科技活动周信息发布平台");
        assertThat(config.publisher()).isEqualTo("某县科学技术局");
        assertThat(config.baseUrl()).isEqualTo("https://kjj.example.gov.cn/kjz");
        assertThat(config.basePath()).isEqualTo("/kjz/");
        assertThat(config.language()).isEqualTo("zh-CN");
        assertThat(config.timezone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        assertThat(config.siteCode()).isEqualTo("6405020001");
        assertThat(config.icp()).isEqualTo("宁ICP备00000000号-1");
        assertThat(config.policeRecord()).isEqualTo("宁公网安备64050202000001号");
        assertThat(config.description()).isEqualTo("某县科技活动周的通知和方案。");
        assertThat(config.navigation()).containsExactly(new NavItem("首页", "/"), new NavItem("通知公告", "/notices/"));
    }

    @Test
    void defaultsLanguageAndTimeZoneAndServesTheSiteFromTheRoot(TestSite site) {
        SiteConfig config = site.readData().data().site();

        assertThat(config.language()).isEqualTo("zh-CN");
        assertThat(config.timezone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.basePath()).isEqualTo("/");
        assertThat(config.siteCode()).isNull();
    }

    @Test
    void readsEveryFieldOfAnAgencyInFileOrder(TestSite site) throws IOException {
        site.write("data/agencies.yaml", """
                shapotou-kjj:
                  name: 沙坡头区科学技术局（科协）
                  short_name: 沙坡头区科技局（科协）
                  region: 宁夏回族自治区中卫市沙坡头区
                  address: 中卫市沙坡头区社会事业综合楼4楼403室
                  phone: "0955-8812005"
                  email: sptqkxjsj@163.com
                  website: https://www.example.gov.cn
                a-kx:
                  name: 某县科学技术协会
                """);

        SiteData data = site.readData().data();

        assertThat(data.agencies().keySet()).containsExactly("shapotou-kjj", "a-kx");
        assertThat(data.agencies().get("shapotou-kjj")).isEqualTo(new Agency("shapotou-kjj", "沙坡头区科学技术局（科协）",
                "沙坡头区科技局（科协）", "宁夏回族自治区中卫市沙坡头区", "中卫市沙坡头区社会事业综合楼4楼403室", "0955-8812005",
                "sptqkxjsj@163.com", "https://www.example.gov.cn"));
        assertThat(data.agencies().get("a-kx").displayShortName()).isEqualTo("某县科学技术协会");
    }

    @Test
    void readsEveryFieldOfACampaign(TestSite site) throws IOException {
        site.write("data/campaigns.yaml", """
                sci-worker-day-2022:
                  name: 2022年全国科技工作者日
                  series: 全国科技工作者日
                  year: 2022
                  themes:
                    - 创新争先、自立自强
                  start: 2022-05-30
                  end: 2022-05-30
                  when: 2022年5月30日第六个“全国科技工作者日”
                """);

        Campaign campaign = site.readData().data().campaigns().get("sci-worker-day-2022");

        assertThat(campaign).isEqualTo(new Campaign("sci-worker-day-2022", "2022年全国科技工作者日", "全国科技工作者日", 2022,
                List.of("创新争先、自立自强"), LocalDate.of(2022, 5, 30), LocalDate.of(2022, 5, 30),
                "2022年5月30日第六个“全国科技工作者日”"));
    }

    @Test
    void readsEveryFieldOfAReusableContact(TestSite site) throws IOException {
        site.write("data/contacts.yaml", """
                guo:
                  name: 郭兵
                  org: 新乡市科协组织人事部
                  role: 部长
                  phone: "0373-5820419"
                  mobile: ["15121892999", "13835918510"]
                  fax: "0373-5820418"
                  email: xxkxzzrsb@163.com
                  address: 新乡市人民路1号
                """);

        Contact guo = site.readData().data().contacts().get("guo");

        assertThat(guo).isEqualTo(new Contact("guo", "郭兵", "新乡市科协组织人事部", "部长", List.of("0373-5820419"),
                List.of("15121892999", "13835918510"), List.of("0373-5820418"), "xxkxzzrsb@163.com", "新乡市人民路1号"));
    }

    @Test
    void readsADataFileWithAByteOrderMarkAndWindowsLineEndings(TestSite site) throws IOException {
        String text = "\uFEFFkjj:\r\n  name: 某县科学技术局\r\n  phone: \"0955-8812005\"\r\n";
        site.write("data/agencies.yaml", text.getBytes(StandardCharsets.UTF_8));

        TestSite.DataReading reading = site.readData();

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.data().agencies().get("kjj").name()).isEqualTo("某县科学技术局");
    }

    @Test
    void reportsAnUnknownFieldOfAnAgencyAtItsLine(TestSite site) throws IOException {
        site.write("data/agencies.yaml", """
                kjj:
                  name: 某县科学技术局
                  adress: 某县人民路1号
                """);

        assertThatProblem(site.readData().problems().get(0))
                .isAt("data/agencies.yaml", 3, "kjj.adress")
                .hasHintContaining("address");
    }

    @Test
    void reportsAnAgencyIdThatIsNotAnId(TestSite site) throws IOException {
        site.write("data/agencies.yaml", """
                县科技局:
                  name: 某县科学技术局
                """);

        assertThatProblem(site.readData().problems().get(0)).isAt("data/agencies.yaml", 1, "县科技局");
    }

    @Test
    void reportsAMissingSiteYaml(TestSite site) throws IOException {
        Files.delete(site.path("data/site.yaml"));

        assertThatProblem(site.readData().problems().get(0)).isAt("data/site.yaml", 0, null);
    }
}
