package org.gazette.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page's footer carries the site identity inspectors look for, built from the numbers in
 * {@code data/site.yaml}; an item that is not configured is not shown at all.
 */
@ExtendWith(TestSiteExtension.class)
class SiteFooterTest {

    @TempDir
    Path output;

    @Test
    void everyPageKindCarriesTheConfiguredIdentityWithLinksBuiltFromTheNumbers(TestSite site) throws Exception {
        Map<String, Document> pages = InspectionSite.build(site, InspectionSite.FULL_IDENTITY, output);

        assertThat(pages.keySet()).contains("index.html", "404.html", "notices/index.html", "plans/index.html",
                "notices/2022/week/index.html", "about/index.html", "calendar/index.html", "contacts/index.html",
                "agencies/kjj/index.html", "attachments/index.html", "sitemap/index.html");
        pages.forEach((path, page) -> {
            Element footer = page.selectFirst("footer.site-footer");
            assertThat(footer).as(path).isNotNull();
            assertThat(footer.text()).as(path)
                    .contains("主办单位：某县科学技术局　地址：某县人民路1号　邮编：751100　电话：0955-8812000")
                    .contains("承办单位：某县信息中心　地址：某县人民路3号　邮编：751100　电话：0955-8812001")
                    .contains("网站标识码：6405020001");
            assertThat(link(footer, "宁ICP备12345678号-1")).as(path).isEqualTo("https://beian.miit.gov.cn/");
            assertThat(link(footer, "宁公网安备64050202000001号")).as(path)
                    .isEqualTo("https://beian.mps.gov.cn/#/query/webSearch?code=64050202000001");
            assertThat(footer.selectFirst("a:has(svg[aria-label^=党政机关网站标识])").attr("href")).as(path)
                    .isEqualTo("https://bszs.conac.cn/sitename?method=show&id=0D48A84D75CF6974E053012819AC263F");
            assertThat(footer.selectFirst("a:has(svg[aria-label=我为政府网站找错])").attr("href")).as(path)
                    .isEqualTo("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6405020001&url=https%3A%2F%2Fkjj.example.gov.cn%2F");
            assertThat(link(footer, "网站地图")).as(path).isEqualTo("/sitemap/");
            assertThat(link(footer, "联系我们")).as(path).isEqualTo("/contacts/");
            assertThat(link(footer, "无障碍声明")).as(path).isEqualTo("/accessibility/");
            assertThat(link(footer, "政民互动")).as(path).isEqualTo("/contacts/");
            assertThat(link(footer, "政府网站工作年度报表")).as(path).isEqualTo("https://www.example.gov.cn/ndbb/");
            assertThat(footer.select("img").eachAttr("src")).as(path)
                    .allSatisfy(src -> assertThat(src).startsWith("/assets/img/"));
        });
    }

    @Test
    void anItemThatIsNotConfiguredIsNotShown(TestSite site) throws Exception {
        Map<String, Document> pages = InspectionSite.build(site, "", output);

        pages.forEach((path, page) -> {
            Element footer = page.selectFirst("footer.site-footer");
            assertThat(footer.text()).as(path).contains("主办单位：某县科学技术局")
                    .doesNotContain("承办单位", "网站标识码", "ICP", "公网安备", "政民互动", "年度报表", "地址", "电话", "邮编");
            assertThat(footer.select("img")).as(path).isEmpty();
            assertThat(link(footer, "网站地图")).as(path).isEqualTo("/sitemap/");
            assertThat(link(footer, "联系我们")).as(path).isEqualTo("/contacts/");
        });
    }

    @Test
    void theImagesTheFooterShowsArePublishedWithTheSite(TestSite site) throws Exception {
        InspectionSite.build(site, InspectionSite.FULL_IDENTITY, output);

        assertThat(output.resolve("assets/img/conac-badge.svg")).isRegularFile();
        assertThat(output.resolve("assets/img/police-badge.svg")).isRegularFile();
        assertThat(output.resolve("assets/img/report-errors.svg")).isRegularFile();
    }

    private static String link(Element footer, String text) {
        Element link = footer.selectFirst("a:containsOwn(" + text + ")");
        assertThat(link).as("link " + text).isNotNull();
        return link.attr("href");
    }
}
