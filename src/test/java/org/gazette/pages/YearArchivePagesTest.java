package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.DocumentChange;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Document;
import org.gazette.fixtures.ArchiveSite;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;
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

    @Test
    void aTitleEditReplansTheOnePageOfItsDocumentAndKeepsTheOtherYearsAndPagesAsTheyWere() {
        SiteIndex before = ArchiveSite.free().notices("n", Pagination.PAGE_SIZE + 5, DAY, List.of())
                .notices("old", 3, LocalDate.of(2021, 6, 1), List.of()).plan("plan", LocalDate.of(2022, 3, 1), List.of()).index();
        YearArchivePages years = new YearArchivePages();
        List<PlannedPage> last = years.pages(before, DAY);
        Document edited = before.ofType(org.gazette.content.DocumentType.NOTICE).get(Pagination.PAGE_SIZE + 1);
        Document renamed = new Document.Builder(edited).title("改过标题的通知").build();

        SiteIndex after = replaced(before, edited, renamed);
        List<PlannedPage> replanned = replan(years, after, last, DocumentChange.of(edited, renamed));

        assertThat(replanned).containsExactlyElementsOf(years.pages(after, DAY));
        assertThat(page(replanned, "notices/2022/page/2/index.html")).isNotSameAs(page(last, "notices/2022/page/2/index.html"));
        assertThat(page(replanned, "notices/2022/index.html")).isSameAs(page(last, "notices/2022/index.html"));
        assertThat(page(replanned, "notices/2021/index.html")).isSameAs(page(last, "notices/2021/index.html"));
        assertThat(page(replanned, "plans/2022/index.html")).isSameAs(page(last, "plans/2022/index.html"));
    }

    @Test
    void aDateEditIntoAnotherYearReplansBothYearsAndEveryYearWhoseCountsBesideItChanged() {
        SiteIndex before = ArchiveSite.free().notices("n", Pagination.PAGE_SIZE + 1, DAY, List.of())
                .notices("old", 3, LocalDate.of(2021, 6, 1), List.of()).plan("plan", LocalDate.of(2022, 3, 1), List.of()).index();
        YearArchivePages years = new YearArchivePages();
        List<PlannedPage> last = years.pages(before, DAY);
        // The newest notice moves to 2021: every 2022 page shifts by one and the second page goes.
        Document moved = before.ofType(org.gazette.content.DocumentType.NOTICE).get(0);
        Document older = new Document.Builder(moved).date(LocalDate.of(2021, 12, 1)).build();

        SiteIndex after = replaced(before, moved, older);
        List<PlannedPage> replanned = replan(years, after, last, DocumentChange.of(moved, older));

        assertThat(replanned).containsExactlyElementsOf(years.pages(after, DAY));
        assertThat(replanned).extracting(PlannedPage::outputPath).doesNotContain("notices/2022/page/2/index.html");
        assertThat(((DocumentListPage) page(replanned, "notices/2021/index.html").model()).documents())
                .extracting(Document::title).startsWith("通知公告 n000");
        // The plans' links show the plans' years only: they are the last plan's.
        assertThat(page(replanned, "plans/2022/index.html")).isSameAs(page(last, "plans/2022/index.html"));
    }

    @Test
    void anAdditionChangesTheCountBesideEveryYearOfItsListSoEachIsPlannedAgain() {
        ArchiveSite site = ArchiveSite.free().notices("n", 2, DAY, List.of()).notices("old", 2, LocalDate.of(2021, 6, 1), List.of());
        SiteIndex before = site.index();
        YearArchivePages years = new YearArchivePages();
        List<PlannedPage> last = years.pages(before, DAY);
        SiteIndex after = site.notice("new", DAY, List.of()).index();
        Document added = after.ofType(org.gazette.content.DocumentType.NOTICE).stream()
                .filter(d -> d.title().endsWith("new")).findFirst().orElseThrow();

        List<PlannedPage> replanned = replan(years, after, last, DocumentChange.of(null, added));

        assertThat(replanned).containsExactlyElementsOf(years.pages(after, DAY));
        assertThat(((DocumentListPage) page(replanned, "notices/2021/index.html").model()).archives().years())
                .extracting(ArchiveLinks.Year::count).containsExactly(3, 2);
    }

    @SuppressWarnings("unchecked")
    private static List<PlannedPage> replan(YearArchivePages years, SiteIndex site, List<PlannedPage> last, DocumentChange change) {
        return (List<PlannedPage>) years.replan(new SiteContext(site, DAY, new Urls("https://example.gov.cn/", "/"), List.of()), last, List.of(change));
    }

    /** The site with one document replaced by its edited version, every other document the very same object. */
    private static SiteIndex replaced(SiteIndex before, Document edited, Document now) {
        List<Document> documents = new ArrayList<>(before.published());
        documents.set(documents.indexOf(edited), now);
        return new SiteIndex(before.data(), documents);
    }

    private static PlannedPage page(List<PlannedPage> pages, String path) {
        return pages.stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }
}
