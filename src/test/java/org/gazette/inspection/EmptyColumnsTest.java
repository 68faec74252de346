package org.gazette.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gazette.testing.BuiltPages;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * No page shows a box that says there is nothing (空白栏目, which inspectors count): with nothing
 * ahead the home page shows the most recent past items under a heading that says so, and a box with
 * nothing at all is left out.
 */
@ExtendWith(TestSiteExtension.class)
class EmptyColumnsTest {

    /** What empty columns say; none may appear on any page. */
    private static final List<String> EMPTY_MESSAGES = List.of("暂无", "近期没有", "目前没有", "没有活动", "没有未截止");

    @TempDir
    Path output;

    @Test
    void whenEverythingIsPastTheHomePageShowsTheMostRecentItemsUnderAHeadingThatSaysSo(TestSite site) throws Exception {
        InspectionSite.write(site, "");
        site.build(output, LocalDate.of(2023, 1, 10));
        Map<String, Document> pages = BuiltPages.of(output);
        Document home = pages.get("index.html");

        assertThat(home.select(".home-side h2").eachText()).containsExactly("最近结束的活动", "最近截止的报送事项");
        assertThat(home.select(".home-activities .upcoming-list a").eachText()).containsExactly("开幕式");
        assertThat(home.select(".home-deadlines .upcoming-list a").eachText()).containsExactly("报送总结");
        assertThat(home.selectFirst(".home-deadlines .status").text()).startsWith("已截止");
        assertNoEmptyColumnMessage(pages);
    }

    @Test
    void whileItemsAreAheadTheHomePageShowsThem(TestSite site) throws Exception {
        Map<String, Document> pages = InspectionSite.build(site, "", output);

        assertThat(pages.get("index.html").select(".home-side h2").eachText()).containsExactly("近期活动", "报送截止");
        assertNoEmptyColumnMessage(pages);
    }

    @Test
    void aBoxWithNothingAtAllIsLeftOut(TestSite site) throws Exception {
        site.write("content/notices/a.md", TestSite.NOTICE);
        site.build(output, InspectionSite.DAY);
        Map<String, Document> pages = BuiltPages.of(output);
        Document home = pages.get("index.html");

        assertThat(home.select(".home-activities, .home-deadlines")).isEmpty();
        assertThat(home.select(".home-latest li")).hasSize(1);
        assertThat(pages).as("no 附件汇总 without attachments").doesNotContainKey("attachments/index.html");
        assertNoEmptyColumnMessage(pages);
    }

    private static void assertNoEmptyColumnMessage(Map<String, Document> pages) {
        pages.forEach((path, page) -> assertThat(page.body().text()).as(path).doesNotContain(EMPTY_MESSAGES));
    }
}
