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
 * Every page carries the metadata of 政府网站发展指引 that inspection tools read: the site's on
 * every page, the column's on every page of a column, the article's on a notice's or plan's page.
 */
@ExtendWith(TestSiteExtension.class)
class PageMetadataTest {

    @TempDir
    Path output;

    @Test
    void everyPageCarriesTheSiteAndItsColumn(TestSite site) throws Exception {
        Map<String, Document> pages = InspectionSite.build(site, InspectionSite.FULL_IDENTITY, output);

        pages.forEach((path, page) -> {
            assertThat(meta(page, "SiteName")).as(path).isEqualTo("测试科技局网站");
            assertThat(meta(page, "SiteDomain")).as(path).isEqualTo("kjj.example.gov.cn");
            assertThat(meta(page, "SiteIDCode")).as(path).isEqualTo("6405020001");
            assertThat(meta(page, "ColumnName")).as(path).isNotBlank().isEqualTo(meta(page, "ColumnType"));
            assertThat(meta(page, "Url")).as(path).startsWith("https://kjj.example.gov.cn/");
            assertThat(page.select("meta[name]").eachAttr("name").stream().map(String::toLowerCase))
                    .as("one meta tag of each name, whatever its case, in %s", path).doesNotHaveDuplicates();
        });
        assertThat(meta(pages.get("index.html"), "ColumnName")).isEqualTo("首页");
        assertThat(meta(pages.get("notices/index.html"), "ColumnName")).isEqualTo("通知公告");
        assertThat(meta(pages.get("notices/index.html"), "Url")).isEqualTo("https://kjj.example.gov.cn/notices/");
        assertThat(meta(pages.get("calendar/campaigns/sci-week-2022/index.html"), "ColumnName")).isEqualTo("活动日历");
        assertThat(meta(pages.get("calendar/index.html"), "ColumnDescription")).isEqualTo("活动日历：各项活动的时间、地点和组织单位，可添加到手机日历或订阅。");
        assertThat(meta(pages.get("notices/index.html"), "ColumnDescription")).isEqualTo("通知公告");
        assertThat(meta(pages.get("notices/index.html"), "ColumnKeywords")).isEqualTo("通知公告");
        assertThat(meta(pages.get("notices/2022/week/index.html"), "ColumnKeywords")).as("an article page").isNull();
        assertThat(meta(pages.get("sitemap/index.html"), "ColumnName")).isEqualTo("网站地图");
    }

    @Test
    void aNoticeCarriesItsArticleMetadata(TestSite site) throws Exception {
        Map<String, Document> pages = InspectionSite.build(site, InspectionSite.FULL_IDENTITY, output);
        Document notice = pages.get("notices/2022/week/index.html");

        assertThat(meta(notice, "ColumnName")).isEqualTo("通知公告");
        assertThat(meta(notice, "ArticleTitle")).isEqualTo("关于开展2022年科技活动周的通知");
        assertThat(meta(notice, "PubDate")).isEqualTo("2022-05-10 00:00");
        assertThat(meta(notice, "ContentSource")).isEqualTo("某县科学技术局、某县科学技术协会");
        assertThat(meta(notice, "Author")).isEqualTo("某县科学技术局、某县科学技术协会");
        assertThat(meta(notice, "description")).isEqualTo("科技活动周的安排。");
        assertThat(meta(notice, "Url")).isEqualTo("https://kjj.example.gov.cn/notices/2022/week/");
        assertThat(meta(pages.get("plans/2022/plan/index.html"), "ColumnName")).isEqualTo("实施方案");
        assertThat(meta(pages.get("about/index.html"), "ArticleTitle")).as("a simple page is not an article").isNull();
    }

    @Test
    void keywordsComeFromTheDocumentsKeywordsAndImageFromItsFirstPicture(TestSite site) throws Exception {
        InspectionSite.write(site, "");
        site.write("content/notices/2022/pic/index.md", """
                ---
                title: 有图片的通知
                date: 2022-05-12
                agencies: [kjj]
                topics: [科普]
                keywords: [科技活动周, 科普日]
                ---

                ![活动现场](现场.png)
                """).write("content/notices/2022/pic/现场.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        site.build(output, InspectionSite.DAY);
        Map<String, Document> pages = org.gazette.testing.BuiltPages.of(output);
        Document notice = pages.get("notices/2022/pic/index.html");

        assertThat(meta(notice, "Keywords")).isEqualTo("科技活动周,科普日");
        assertThat(meta(notice, "Image")).isEqualTo("https://kjj.example.gov.cn/notices/2022/pic/%E7%8E%B0%E5%9C%BA.png");
        assertThat(meta(pages.get("notices/2022/week/index.html"), "Keywords")).as("no keywords, no topics").isNull();
        assertThat(meta(pages.get("notices/2022/week/index.html"), "SiteIDCode")).as("not configured").isNull();
    }

    private static String meta(Document page, String name) {
        Element tag = page.selectFirst("head meta[name=" + name + "]");
        return tag == null ? null : tag.attr("content");
    }
}
