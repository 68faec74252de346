package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of one build shows the site's chrome (header, navigation, footer), with the current
 * section marked where the page is, although a build renders each variant of the chrome only once.
 */
class SiteChromeTest {

    @TempDir
    static Path folder;

    static Path output;

    @BeforeAll
    static void buildASiteWithANavigation() throws Exception {
        TestSite site = TestSite.in(folder.resolve("src"));
        site.write("data/site.yaml", TestSite.SITE_YAML + """
                navigation:
                  - title: 首页
                    url: /
                  - title: 通知公告
                    url: /notices/
                  - title: 实施方案
                    url: /plans/
                """);
        for (int i = 1; i <= 3; i++) {
            site.write("content/notices/n" + i + ".md", TestSite.NOTICE.replace("title: 通知", "title: 第" + i + "号通知"));
            site.write("content/plans/p" + i + ".md", TestSite.NOTICE.replace("title: 通知", "title: 第" + i + "号方案"));
        }
        output = folder.resolve("out");
        site.build(output, LocalDate.of(2022, 5, 24));
    }

    @Test
    void eachSectionsOwnPageIsMarkedAsThePageItself() throws IOException {
        assertThat(current(page(""))).containsExactly("首页=page");
        assertThat(current(page("notices/"))).containsExactly("通知公告=page");
        assertThat(current(page("plans/"))).containsExactly("实施方案=page");
    }

    @Test
    void aPageInsideASectionMarksTheSectionOnly() throws IOException {
        assertThat(current(page("notices/n2/"))).containsExactly("通知公告=true");
        assertThat(current(page("plans/p2/"))).containsExactly("实施方案=true");
    }

    @Test
    void aPageOutsideTheNavigationsSectionsMarksNone() throws IOException {
        assertThat(current(page("sitemap/"))).isEmpty();
        assertThat(current(page("search/"))).isEmpty();
    }

    @Test
    void theHeaderSearchBoxIsOnEveryPageButTheSearchPage() throws IOException {
        assertThat(page("search/").select("header #site-search")).isEmpty();
        for (Path file : htmlPages()) {
            if (!file.equals(output.resolve("search/index.html"))) {
                assertThat(Jsoup.parse(file.toFile(), "UTF-8").select("header #site-search")).as(file.toString()).hasSize(1);
            }
        }
    }

    @Test
    void everyPageHasTheSameFooterAndSiteTitle() throws IOException {
        String footer = page("").selectFirst("footer.site-footer").outerHtml();
        for (Path file : htmlPages()) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            assertThat(page.selectFirst("footer.site-footer").outerHtml()).as(file.toString()).isEqualTo(footer);
            assertThat(page.selectFirst(".site-title").text()).as(file.toString()).isEqualTo("测试科技局网站");
        }
    }

    private static List<String> current(Document page) {
        return page.select(".site-nav a[aria-current]").stream()
                .map(link -> link.text() + "=" + link.attr("aria-current")).toList();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(output.resolve(path + "index.html"), StandardCharsets.UTF_8));
    }

    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
