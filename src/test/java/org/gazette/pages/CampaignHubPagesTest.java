package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.DocumentChange;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Document;
import org.gazette.fixtures.ArchiveSite;
import org.gazette.site.Feeds;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;
import org.junit.jupiter.api.Test;

/** The campaign series index and one hub per series, its editions with their documents and calendars. */
class CampaignHubPagesTest {

    static final LocalDate DAY = LocalDate.of(2030, 1, 1);

    private static List<PlannedPage> plan(ArchiveSite site) {
        return new CampaignHubPages().pages(site.index(), DAY);
    }

    private static ArchiveSite editions(int count) {
        ArchiveSite site = ArchiveSite.free();
        for (int n = 0; n < count; n++) {
            int year = 2010 + n;
            site.campaign("sci-week-" + year, year + "年全国科技活动周", "科技活动周", year);
        }
        return site;
    }

    @Test
    void aHubListsEachEditionNewestFirstWithItsDocumentsAndItsCalendar() {
        ArchiveSite site = editions(2).notice("a", LocalDate.of(2011, 5, 1), List.of(), "sci-week-2011");

        List<PlannedPage> pages = plan(site);

        assertThat(pages).extracting(PlannedPage::outputPath).containsExactly("campaigns/sci-week/index.html", "campaigns/index.html");
        SeriesHubPage hub = (SeriesHubPage) pages.get(0).model();
        assertThat(hub.editions()).extracting(e -> e.campaign().id()).containsExactly("sci-week-2011", "sci-week-2010");
        SeriesHubPage.Edition newest = hub.editions().get(0);
        assertThat(newest.documents()).extracting(d -> d.title()).containsExactly("通知公告 a");
        assertThat(newest.calendarPath()).isEqualTo("calendar/campaigns/sci-week-2011/");
        assertThat(newest.documentsPath()).isNull();
        assertThat(pages.get(0).meta().breadcrumbs()).containsExactly(new Crumb("首页", ""), new Crumb("活动专题", "campaigns/"),
                new Crumb("科技活动周", null));
    }

    @Test
    void anEditionWithPublishedNoticesOrPlansOffersItsFeedAndOneWithoutOffersNone() {
        ArchiveSite site = editions(2).plan("p", LocalDate.of(2011, 5, 1), List.of(), "sci-week-2011");

        List<SeriesHubPage.Edition> editions = ((SeriesHubPage) plan(site).get(0).model()).editions();

        assertThat(editions.get(0).feed()).isEqualTo(new Feeds.Link("2011年全国科技活动周相关文件",
                "feeds/campaigns/sci-week-2011.xml", "feeds/campaigns/sci-week-2011.json"));
        assertThat(editions.get(1).feed()).as("an edition without documents has no feed to subscribe to").isNull();
    }

    @Test
    void fiveEditionsFillOneHubPageAndASixthMakesASecond() {
        assertThat(plan(editions(CampaignHubPages.EDITIONS))).extracting(PlannedPage::outputPath)
                .containsExactly("campaigns/sci-week/index.html", "campaigns/index.html");

        List<PlannedPage> pages = plan(editions(CampaignHubPages.EDITIONS + 1));

        assertThat(pages).extracting(PlannedPage::outputPath).containsExactly("campaigns/sci-week/index.html",
                "campaigns/sci-week/page/2/index.html", "campaigns/index.html");
        SeriesHubPage second = (SeriesHubPage) pages.get(1).model();
        assertThat(second.editions()).extracting(e -> e.campaign().id()).containsExactly("sci-week-2010");
        assertThat(second.total()).isEqualTo(CampaignHubPages.EDITIONS + 1);
    }

    @Test
    void anEditionWithMoreDocumentsThanAPageShowsTheNewestAndLinksItsFullList() {
        ArchiveSite site = editions(1).notices("n", CalendarPages.DOCUMENTS + 1, LocalDate.of(2010, 6, 1), List.of(), "sci-week-2010");

        SeriesHubPage.Edition edition = ((SeriesHubPage) plan(site).get(0).model()).editions().get(0);

        assertThat(edition.documents()).hasSize(CalendarPages.DOCUMENTS);
        assertThat(edition.documentCount()).isEqualTo(CalendarPages.DOCUMENTS + 1);
        assertThat(edition.documentsPath()).isEqualTo("calendar/campaigns/sci-week-2010/documents/");
    }

    @Test
    void theIndexCountsEachSeriesEditionsYearsAndDocumentsOnce() {
        ArchiveSite site = editions(2).campaign("day-2011", "2011年全国科技工作者日", "全国科技工作者日", 2011)
                .notice("joint", LocalDate.of(2011, 5, 1), List.of(), "sci-week-2010", "sci-week-2011", "day-2011");

        List<PlannedPage> pages = plan(site);
        SeriesIndexPage index = (SeriesIndexPage) pages.get(pages.size() - 1).model();

        assertThat(index.series()).containsExactly(
                new SeriesIndexPage.Entry("全国科技工作者日", "campaigns/day/", 1, 1, 2011, 2011),
                new SeriesIndexPage.Entry("科技活动周", "campaigns/sci-week/", 2, 1, 2010, 2011));
    }

    @Test
    void aSiteWithoutCampaignsHasNoHubs() {
        assertThat(plan(ArchiveSite.free().notice("a", DAY, List.of()))).isEmpty();
    }

    @Test
    void aTitleEditReplansTheHubPageOfItsEditionAndKeepsTheOtherHubsAndTheIndexAsTheyWere() {
        ArchiveSite site = editions(CampaignHubPages.EDITIONS + 1).campaign("popsci-2011", "2011年全国科普日", "全国科普日", 2011)
                .notice("oldest", LocalDate.of(2010, 5, 1), List.of(), "sci-week-2010")
                .notice("newest", LocalDate.of(2015, 5, 1), List.of(), "sci-week-2015")
                .notice("popsci", LocalDate.of(2011, 9, 1), List.of(), "popsci-2011");
        SiteIndex before = site.index();
        CampaignHubPages hubs = new CampaignHubPages();
        List<PlannedPage> last = hubs.pages(before, DAY);
        Document edited = document(before, "oldest");
        Document renamed = new Document.Builder(edited).title("改过标题的通知").build();
        List<Document> documents = new ArrayList<>(before.published());
        documents.set(documents.indexOf(edited), renamed);
        SiteIndex after = new SiteIndex(before.data(), documents);

        List<PlannedPage> replanned = replan(hubs, after, last, DocumentChange.of(edited, renamed));

        assertThat(replanned).containsExactlyElementsOf(hubs.pages(after, DAY));
        // The 2010 edition is the sixth, alone on the hub's second page.
        assertThat(page(replanned, "campaigns/sci-week/page/2/index.html")).isNotSameAs(page(last, "campaigns/sci-week/page/2/index.html"));
        assertThat(page(replanned, "campaigns/sci-week/index.html")).isSameAs(page(last, "campaigns/sci-week/index.html"));
        assertThat(page(replanned, "campaigns/popsci/index.html")).isSameAs(page(last, "campaigns/popsci/index.html"));
        assertThat(page(replanned, "campaigns/index.html")).isSameAs(page(last, "campaigns/index.html"));
    }

    @Test
    void aDocumentThatJoinsAnEditionCountsInTheIndexAndItsHubWhileTheOtherHubIsKept() {
        ArchiveSite site = editions(2).campaign("popsci-2011", "2011年全国科普日", "全国科普日", 2011)
                .notice("a", LocalDate.of(2011, 5, 1), List.of(), "sci-week-2011");
        SiteIndex before = site.index();
        CampaignHubPages hubs = new CampaignHubPages();
        List<PlannedPage> last = hubs.pages(before, DAY);
        SiteIndex after = site.notice("joined", LocalDate.of(2011, 9, 1), List.of(), "popsci-2011").index();

        List<PlannedPage> replanned = replan(hubs, after, last, DocumentChange.of(null, document(after, "joined")));

        assertThat(replanned).containsExactlyElementsOf(hubs.pages(after, DAY));
        assertThat(((SeriesIndexPage) page(replanned, "campaigns/index.html").model()).series())
                .extracting(SeriesIndexPage.Entry::documents).containsExactly(1, 1);
        assertThat(page(replanned, "campaigns/sci-week/index.html")).isSameAs(page(last, "campaigns/sci-week/index.html"));
    }

    @SuppressWarnings("unchecked")
    private static List<PlannedPage> replan(CampaignHubPages hubs, SiteIndex site, List<PlannedPage> last, DocumentChange change) {
        return (List<PlannedPage>) hubs.replan(new SiteContext(site, DAY, new Urls("https://example.gov.cn/", "/"), List.of()),
                last, List.of(change));
    }

    private static Document document(SiteIndex site, String slug) {
        return site.published().stream().filter(d -> d.title().endsWith(" " + slug)).findFirst().orElseThrow();
    }

    private static PlannedPage page(List<PlannedPage> pages, String path) {
        return pages.stream().filter(p -> p.outputPath().equals(path)).findFirst().orElseThrow();
    }
}
