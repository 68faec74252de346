package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gazette.fixtures.ArchiveSite;
import org.gazette.site.SiteIndex;
import org.junit.jupiter.api.Test;

/** The year lists of notices and plans, and the year links beside the whole lists. */
class YearArchivePagesTest {

    static final LocalDate DAY = LocalDate.of(2022, 12, 31);

    private static List<PlannedPage> plan(ArchiveSite site) {
        return new YearArchivePages().pages(site.index(), DAY);
    }

    private static List<String> paths(List<PlannedPage> pages) {
        return pages.stream().map(PlannedPage::outputPath).toList();
    }

    @Test
    void exactlyOnePageFullOfAYearIsOnePage() {
        List<PlannedPage> pages = plan(ArchiveSite.free().notices("n", Pagination.PAGE_SIZE, DAY, List.of()));

        assertThat(paths(pages)).containsExactly("notices/2022/index.html");
        assertThat(((DocumentListPage) pages.get(0).model()).documents()).hasSize(Pagination.PAGE_SIZE);
    }

    @Test
    void oneMoreDocumentMakesASecondPageHoldingJustIt() {
        List<PlannedPage> pages = plan(ArchiveSite.free().notices("n", Pagination.PAGE_SIZE + 1, DAY, List.of()));

        assertThat(paths(pages)).containsExactly("notices/2022/index.html", "notices/2022/page/2/index.html");
        DocumentListPage second = (DocumentListPage) pages.get(1).model();
        assertThat(second.documents()).extracting(d -> d.title()).containsExactly("通知公告 n020");
        assertThat(pages.get(1).meta().title()).isEqualTo("2022年通知公告（第2页）");
    }

    @Test
    void aYearWithoutAPublishedDocumentHasNoPageAndNoLink() {
        SiteIndex site = ArchiveSite.free()
                .notice("new", LocalDate.of(2022, 3, 1), List.of())
                .notice("old", LocalDate.of(2020, 3, 1), List.of())
                .plan("plan", LocalDate.of(2021, 3, 1), List.of()).index();

        List<PlannedPage> pages = new YearArchivePages().pages(site, DAY);

        assertThat(paths(pages)).containsExactly("notices/2022/index.html", "notices/2020/index.html", "plans/2021/index.html");
        ArchiveLinks links = ((DocumentListPage) pages.get(0).model()).archives();
        assertThat(links.years()).extracting(ArchiveLinks.Year::year).containsExactly(2022, 2020);
    }

    @Test
    void aYearPageSitsUnderItsListAndMarksItsOwnYear() {
        List<PlannedPage> pages = plan(ArchiveSite.free()
                .notice("new", LocalDate.of(2022, 3, 1), List.of())
                .notice("old", LocalDate.of(2021, 3, 1), List.of()));
        PlannedPage older = pages.get(1);

        assertThat(older.meta().breadcrumbs()).containsExactly(new Crumb("首页", ""), new Crumb("通知公告", "notices/"),
                new Crumb("2021年通知公告", null));
        assertThat(older.meta().section()).isEqualTo("notices/");
        assertThat(((DocumentListPage) older.model()).archives().years()).containsExactly(
                new ArchiveLinks.Year(2022, 1, "notices/2022/", false), new ArchiveLinks.Year(2021, 1, "notices/2021/", true));
    }

    @Test
    void theWholeListLinksEveryYearWithItsCountAndTheIndexesThatExist() {
        SiteIndex site = ArchiveSite.free().campaign("sci-week-2022", "2022年全国科技活动周", "科技活动周", 2022)
                .notices("n", 3, LocalDate.of(2022, 1, 2), List.of("科普")).index();

        List<PlannedPage> lists = new ListPages().pages(site, DAY);

        assertThat(lists).extracting(PlannedPage::outputPath).containsExactly("notices/index.html", "plans/index.html");
        ArchiveLinks notices = ((DocumentListPage) lists.get(0).model()).archives();
        assertThat(notices.years()).containsExactly(new ArchiveLinks.Year(2022, 2, "notices/2022/", false),
                new ArchiveLinks.Year(2021, 1, "notices/2021/", false));
        assertThat(notices.elsewhere()).containsExactly(new Crumb("主题分类", "topics/"), new Crumb("活动专题", "campaigns/"));
        assertThat(((DocumentListPage) lists.get(1).model()).archives().years()).isEmpty();
    }

    @Test
    void withoutTopicsOrCampaignsTheListLinksNoEmptyIndex() {
        SiteIndex site = ArchiveSite.free().notice("a", DAY, List.of()).index();

        ArchiveLinks links = ((DocumentListPage) new ListPages().pages(site, DAY).get(0).model()).archives();

        assertThat(links.elsewhere()).isEmpty();
    }
}
