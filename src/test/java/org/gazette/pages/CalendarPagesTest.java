package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.catalogue.DocumentChange;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Document;
import org.gazette.fixtures.CalendarSite;
import org.gazette.site.Publication;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activity calendar pages: what they hold, in which order, and how they are paginated. */
class CalendarPagesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @TempDir
    Path folder;

    private List<PlannedPage> pages(String... notices) {
        CalendarSite site = CalendarSite.in(folder);
        for (int i = 0; i < notices.length; i++) {
            site.notice("n" + (i + 1), notices[i]);
        }
        SiteIndex index = site.index();
        return new CalendarPages().pages(index, TODAY);
    }

    private static PlannedPage page(List<PlannedPage> pages, String outputPath) {
        return pages.stream().filter(p -> p.outputPath().equals(outputPath)).findFirst()
                .orElseThrow(() -> new AssertionError("no page " + outputPath + " among " + pages.stream().map(PlannedPage::outputPath).toList()));
    }

    private static CalendarPage model(List<PlannedPage> pages, String outputPath) {
        return (CalendarPage) page(pages, outputPath).model();
    }

    private static List<String> titles(CalendarPage page) {
        return page.groups().stream().flatMap(g -> g.items().stream()).map(i -> i.activity().item().title()).toList();
    }

    /** A notice with {@code count} one-day activities 活动1, 活动2… on consecutive days from {@code first}. */
    private static String daily(int count, LocalDate first) {
        StringBuilder yaml = new StringBuilder("schedule:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  - title: 活动").append(i + 1).append('\n')
                    .append("    start: ").append(first.plusDays(i)).append('\n');
        }
        return yaml.toString();
    }

    private static final String MIXED = """
            campaign: sci-week-2026
            schedule:
              - title: 去年的讲座
                start: 2025-11-03
              - title: 上周的展览
                start: 2026-05-12
                end: 2026-05-14
              - title: 正在进行的科技周
                start: 2026-05-16
                end: 2026-05-23
              - title: 下月的开放日
                start: 2026-06-06 09:00
              - title: 今天的讲座
                start: 2026-05-20 14:00
              - title: 明天的比赛
                start: 2026-05-21
            """;

    @Test
    void putsActivitiesUnderWayAndUpcomingFirstSoonestFirstThenPastLatestFirst() {
        CalendarPage calendar = model(pages(MIXED), "calendar/index.html");

        assertThat(titles(calendar)).containsExactly("正在进行的科技周", "今天的讲座", "明天的比赛", "下月的开放日", "上周的展览", "去年的讲座");
    }

    @Test
    void groupsUnderWayThenUpcomingAndPastMonths() {
        CalendarPage calendar = model(pages(MIXED), "calendar/index.html");

        assertThat(calendar.groups()).extracting(CalendarPage.Group::title)
                .containsExactly("正在进行", "2026年5月", "2026年6月", "2026年5月（已结束）", "2025年11月（已结束）");
        assertThat(calendar.groups()).extracting(CalendarPage.Group::id)
                .containsExactly("under-way", "month-2026-05", "month-2026-06", "past-2026-05", "past-2025-11");
        assertThat(calendar.upcomingCount()).isEqualTo(4);
        assertThat(calendar.pastCount()).isEqualTo(2);
        assertThat(calendar.firstPastPage()).isEqualTo("calendar/");
        assertThat(calendar.firstPastGroup()).isEqualTo("past-2026-05");
    }

    @Test
    void linksEachActivityToItsRowInItsDocument() {
        CalendarPage calendar = model(pages(MIXED), "calendar/index.html");

        CalendarPage.Item item = calendar.groups().get(0).items().get(0);
        assertThat(item.activity().document().url()).isEqualTo("notices/n1/");
        assertThat(item.anchor()).matches("activity-[0-9a-f]{8}");
    }

    @Test
    void keepsThirtyActivitiesOnOnePage() {
        List<PlannedPage> pages = pages(daily(30, LocalDate.of(2026, 6, 1)));

        CalendarPage calendar = model(pages, "calendar/index.html");
        assertThat(titles(calendar)).hasSize(30);
        assertThat(calendar.pagination().total()).isEqualTo(1);
        assertThat(pages).extracting(PlannedPage::outputPath).doesNotContain("calendar/page/2/index.html");
    }

    @Test
    void movesTheThirtyFirstActivityToPageTwo() {
        List<PlannedPage> pages = pages(daily(31, LocalDate.of(2026, 6, 1)));

        assertThat(model(pages, "calendar/index.html").pagination().total()).isEqualTo(2);
        CalendarPage second = model(pages, "calendar/page/2/index.html");
        assertThat(titles(second)).containsExactly("活动31");
        assertThat(second.pagination().current()).isEqualTo(2);
        assertThat(page(pages, "calendar/page/2/index.html").meta().title()).isEqualTo("活动日历（第2页）");
    }

    @Test
    void continuesWithPastActivitiesOnThePageWhereUpcomingOnesEnd() {
        List<PlannedPage> pages = pages(daily(35, LocalDate.of(2026, 6, 1)), daily(5, LocalDate.of(2026, 1, 1)));

        CalendarPage second = model(pages, "calendar/page/2/index.html");
        assertThat(titles(second)).containsExactly("活动31", "活动32", "活动33", "活动34", "活动35",
                "活动5", "活动4", "活动3", "活动2", "活动1");
        assertThat(second.past()).isFalse();
        assertThat(model(pages, "calendar/index.html").firstPastPage()).isEqualTo("calendar/page/2/");
        assertThat(model(pages, "calendar/index.html").firstPastGroup()).isEqualTo("past-2026-01");
    }

    @Test
    void marksAPageOfOnlyPastActivities() {
        List<PlannedPage> pages = pages(daily(31, LocalDate.of(2026, 1, 1)));

        assertThat(model(pages, "calendar/index.html").past()).isTrue();
        assertThat(model(pages, "calendar/page/2/index.html").past()).isTrue();
    }

    @Test
    void hasOneEmptyPageWithoutActivities() {
        List<PlannedPage> pages = pages("summary: 没有活动。");

        CalendarPage calendar = model(pages, "calendar/index.html");
        assertThat(calendar.groups()).isEmpty();
        assertThat(calendar.pagination().total()).isEqualTo(1);
        assertThat(calendar.firstPastPage()).isNull();
    }

    @Test
    void givesEachCampaignACalendarWithItsFactsAndDocuments() {
        List<PlannedPage> pages = pages(MIXED, daily(1, LocalDate.of(2026, 7, 1)));

        PlannedPage page = page(pages, "calendar/campaigns/sci-week-2026/index.html");
        CalendarPage calendar = (CalendarPage) page.model();
        assertThat(calendar.heading()).isEqualTo("2026年全国科技活动周活动日历");
        assertThat(calendar.campaign().series()).isEqualTo("科技活动周");
        assertThat(calendar.documents()).extracting(d -> d.url()).containsExactly("notices/n1/");
        assertThat(calendar.file()).isEqualTo("calendar/campaigns/sci-week-2026/calendar.ics");
        assertThat(titles(calendar)).hasSize(6).doesNotContain("活动1");
        assertThat(page.meta().breadcrumbs()).extracting(Crumb::title).containsExactly("首页", "活动日历", "活动系列", "2026年全国科技活动周活动日历");
    }

    @Test
    void showsACampaignsNewestTwentyDocumentsAndListsThemAllOnlyWhenThereAreMore() {
        String[] twenty = new String[CalendarPages.DOCUMENTS];
        java.util.Arrays.fill(twenty, "campaign: sci-week-2026\n");

        List<PlannedPage> exactly = pages(twenty);

        assertThat(model(exactly, "calendar/campaigns/sci-week-2026/index.html").documentsPath()).isNull();
        assertThat(exactly).noneMatch(p -> p.outputPath().startsWith("calendar/campaigns/sci-week-2026/documents/"));
    }

    @Test
    void listsEveryDocumentOfABigCampaignOnPaginatedPagesBesideItsCalendar() {
        String[] many = new String[2 * Pagination.PAGE_SIZE + 1];
        java.util.Arrays.fill(many, "campaign: sci-week-2026\n");

        List<PlannedPage> pages = pages(many);

        CalendarPage calendar = model(pages, "calendar/campaigns/sci-week-2026/index.html");
        assertThat(calendar.documents()).hasSize(CalendarPages.DOCUMENTS);
        assertThat(calendar.documentCount()).isEqualTo(many.length);
        assertThat(calendar.documentsPath()).isEqualTo("calendar/campaigns/sci-week-2026/documents/");
        PlannedPage first = page(pages, "calendar/campaigns/sci-week-2026/documents/index.html");
        PlannedPage last = page(pages, "calendar/campaigns/sci-week-2026/documents/page/3/index.html");
        DocumentListPage firstList = (DocumentListPage) first.model();
        DocumentListPage lastList = (DocumentListPage) last.model();
        assertThat(firstList.documents()).hasSize(Pagination.PAGE_SIZE);
        assertThat(lastList.documents()).hasSize(1);
        assertThat(lastList.pagination().total()).isEqualTo(3);
        assertThat(first.meta().section()).isEqualTo("calendar/");
        assertThat(last.meta().breadcrumbs()).extracting(Crumb::title).containsExactly("首页", "活动日历", "活动系列",
                "2026年全国科技活动周活动日历", "2026年全国科技活动周相关文件", "第3页");
    }

    @Test
    void givesEveryAgencyACalendarEvenWithoutActivities() {
        List<PlannedPage> pages = pages("agencies: [kjj]\n" + daily(2, LocalDate.of(2026, 7, 1)));

        assertThat(titles(model(pages, "calendar/agencies/kjj/index.html"))).containsExactly("活动1", "活动2");
        CalendarPage kx = model(pages, "calendar/agencies/kx/index.html");
        assertThat(kx.groups()).isEmpty();
        assertThat(kx.heading()).isEqualTo("某县科学技术协会活动日历");
        assertThat(kx.file()).isEqualTo("calendar/agencies/kx/calendar.ics");
    }

    @Test
    void agencyCalendarIncludesWhatItOrganisesInOthersDocuments() {
        List<PlannedPage> pages = pages("""
                agencies: [kjj]
                schedule:
                  - title: 联合讲座
                    start: 2026-07-01
                    organizers: [kx]
                """);

        assertThat(titles(model(pages, "calendar/agencies/kx/index.html"))).containsExactly("联合讲座");
    }

    @Test
    void listsTheCampaignsOnTheSiteCalendarAndInTheirIndex() {
        List<PlannedPage> pages = pages(MIXED);

        CalendarPage calendar = model(pages, "calendar/index.html");
        assertThat(calendar.campaigns()).extracting(e -> e.campaign().id()).containsExactly("sci-week-2026");
        assertThat(calendar.campaigns().get(0).activities()).isEqualTo(6);
        assertThat(calendar.allCampaigns()).isTrue();
        CampaignIndexPage index = (CampaignIndexPage) page(pages, "calendar/campaigns/index.html").model();
        assertThat(index.campaigns()).extracting(e -> e.path()).containsExactly("calendar/campaigns/sci-week-2026/");
    }

    @Test
    void marksTheCalendarAsTheCurrentSection() {
        assertThat(pages(MIXED)).extracting(p -> p.meta().section()).containsOnly("calendar/");
    }

    @Test
    void aTitleEditReplansTheCalendarPagesOfItsActivitiesAndKeepsTheOthersAsTheyWere() {
        CalendarSite files = CalendarSite.in(folder);
        files.notice("many", daily(70, LocalDate.of(2026, 6, 1)));
        files.notice("edited", "schedule:\n  - title: 开幕式\n    start: 2026-05-25\n");
        SiteIndex before = files.index();
        CalendarPages calendars = new CalendarPages();
        List<PlannedPage> last = calendars.pages(before, TODAY);
        Document edited = before.published().stream().filter(d -> d.url().contains("edited")).findFirst().orElseThrow();
        Document renamed = new Document.Builder(edited).title("改过标题的通知").build();
        List<Document> documents = new ArrayList<>(before.published());
        documents.set(documents.indexOf(edited), renamed);
        SiteIndex after = SiteIndex.updated(before, before.data(), documents, new Publication(LocalDate.MAX, false, false), Map.of());

        List<PlannedPage> replanned = cast(calendars.replan(
                new SiteContext(after, TODAY, new Urls("https://kjj.example.gov.cn/", "/"), List.of()), last,
                List.of(DocumentChange.of(edited, renamed))));

        // 开幕式 is the first activity to come: page 1 shows it; pages 2 and 3 show only 活动 of the unchanged notice.
        assertThat(titles(model(last, "calendar/index.html"))).startsWith("开幕式");
        assertThat(replanned).containsExactlyElementsOf(new CalendarPages().pages(after, TODAY));
        assertThat(page(replanned, "calendar/index.html")).isNotSameAs(page(last, "calendar/index.html"));
        assertThat(page(replanned, "calendar/page/2/index.html")).isSameAs(page(last, "calendar/page/2/index.html"));
        assertThat(page(replanned, "calendar/page/3/index.html")).isSameAs(page(last, "calendar/page/3/index.html"));
    }

    @SuppressWarnings("unchecked")
    private static List<PlannedPage> cast(List<? extends Product> products) {
        return (List<PlannedPage>) products;
    }
}
