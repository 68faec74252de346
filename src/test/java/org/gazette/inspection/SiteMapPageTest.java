package org.gazette.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The 网站地图 page lists every section of the site, and the pages under each, with working links. */
@ExtendWith(TestSiteExtension.class)
class SiteMapPageTest {

    @TempDir
    Path output;

    @Test
    void listsEverySectionWithItsPagesInNavigationOrder(TestSite site) throws Exception {
        Map<String, Document> pages = InspectionSite.build(site, """
                navigation:
                  - title: 首页
                    url: /
                  - title: 通知公告
                    url: /notices/
                  - title: 实施方案
                    url: /plans/
                  - title: 活动日历
                    url: /calendar/
                  - title: 联系我们
                    url: /contacts/
                """, output);
        Document map = pages.get("sitemap/index.html");

        assertThat(map.selectFirst("h1").text()).isEqualTo("网站地图");
        assertThat(map.select("ul.site-map > li > a").eachText()).startsWith("首页", "通知公告", "实施方案", "活动日历", "联系我们")
                .contains("关于本站", "无障碍声明", "附件汇总");
        assertThat(map.select("ul.site-map > li:has(> a:containsOwn(活动日历)) li a").eachText())
                .contains("某县科学技术局活动日历", "活动系列", "2022年全国科技活动周活动日历");
        assertThat(map.select("ul.site-map > li:has(> a:containsOwn(联系我们)) li a").eachText())
                .containsExactly("某县科学技术局", "某县科学技术协会");
        for (String href : map.select("main a").eachAttr("href")) {
            Path target = output.resolve(href.substring(1)).resolve("index.html");
            assertThat(Files.exists(target) || href.equals("/")).as(href).isTrue();
        }
    }

    @Test
    void isInTheXmlSitemapToo(TestSite site) throws Exception {
        InspectionSite.build(site, "", output);

        assertThat(Files.readString(output.resolve("sitemap.xml"))).contains("<loc>https://kjj.example.gov.cn/sitemap/</loc>");
    }
}
