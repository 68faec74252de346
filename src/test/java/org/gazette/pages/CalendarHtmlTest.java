package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.outputs.SubscriptionWindow.RECENT_PAST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.fixtures.CalendarSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar pieces of built pages: calendar pages, and the schedule and links of a document page. */
class CalendarHtmlTest {

    @TempDir
    static Path folder;

    static Path out;

    @BeforeAll
    static void build() {
        CalendarSite site = CalendarSite.in(folder.resolve("src"));
        site.notice("sci-week", """
                title: 关于开展2026年科技活动周的通知
                agencies: [kjj, kx]
                campaign: sci-week-2026
                schedule:
                  - title: 系列活动
                    start: 2026-05-11
                    end: 2026-06-10
                    when: 2026年5月中旬至6月上旬
                    location: 全县
                  - title: 启动仪式
                    start: 2026-05-16 09:30
                    location: 县科技馆广场
                    organizers: [kjj]
                  - title: 往年回顾展
                    start: 2025-05-20
                deadlines:
                  - title: 报送活动总结
                    due: 2026-06-14
                    submit_to: kjj@example.cn
                """);
        out = site.build(folder.resolve("out"), LocalDate.of(2026, 5, 12));
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8), "https://kjj.example.gov.cn/" + path);
    }

    @Test
    void calendarPageHasOneTitleAndAHeadingPerMonth() throws IOException {
        Document calendar = page("calendar/index.html");

        assertThat(calendar.select("h1").eachText()).containsExactly("活动日历");
        assertThat(calendar.select("main h2").eachText()).containsExactly("正在进行", "2026年5月", "2025年5月（已结束）", "活动系列");
        assertThat(calendar.selectFirst(".calendar-summary a").attr("href")).isEqualTo("/calendar/#past-2025-05");
        assertThat(calendar.select(".calendar-group h3").eachText()).containsExactly("系列活动", "启动仪式", "往年回顾展");
    }

    @Test
    void everyActivityOfACalendarLinksToItsRowOnItsDocumentPage() throws IOException {
        Document calendar = page("calendar/index.html");
        Document notice = page("notices/sci-week/index.html");

        assertThat(calendar.select(".calendar-item-title a")).hasSize(3).allSatisfy(link -> {
            String href = link.attr("href");
            assertThat(href).startsWith("/notices/sci-week/#activity-");
            Element row = notice.getElementById(href.substring(href.indexOf('#') + 1));
            assertThat(row).isNotNull();
            assertThat(row.selectFirst("th").ownText()).isEqualTo(link.text());
        });
    }

    @Test
    void homePageLinksEachUpcomingActivityAndDeadlineToItsOwnRow() throws IOException {
        Document home = page("index.html");
        Document notice = page("notices/sci-week/index.html");

        assertThat(home.select(".upcoming-title a")).extracting(Element::text)
                .containsExactly("系列活动", "启动仪式", "报送活动总结");
        assertThat(home.select(".upcoming-title a")).allSatisfy(link -> {
            String href = link.attr("href");
            assertThat(href).startsWith("/notices/sci-week/#");
            assertThat(notice.getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
        });
    }

    @Test
    void calendarPageOffersTheCalendarAsADownloadAndASubscription() throws IOException {
        Element links = page("calendar/index.html").selectFirst(".calendar-links");

        assertThat(links.select("a[download]").eachAttr("href")).containsExactly("/calendar/calendar.ics");
        assertThat(links.select("a[href^=webcal:]").eachAttr("href")).containsExactly("webcal://kjj.example.gov.cn/calendar/calendar.ics");
        assertThat(links.select("a").eachText()).containsExactly("添加到日历：活动日历", "订阅活动日历日历");
        assertThat(links.selectFirst("code").text()).isEqualTo("https://kjj.example.gov.cn/calendar/calendar.ics");
    }

    @Test
    void siteAndAgencyCalendarPagesSayUnderTheButtonsWhatTheSubscriptionHolds() throws IOException {
        String window = "订阅和下载的日历包含今后的全部活动和报送截止，以及近半年内结束的（不足 %d 项时，为最近结束的 %d 项）"
                .formatted(RECENT_PAST, RECENT_PAST);
        for (String path : new String[] {"calendar/index.html", "calendar/agencies/kjj/index.html", "index.html"}) {
            Element links = page(path).selectFirst(".calendar-links");
            Element note = links.selectFirst("ul.calendar-actions + p.calendar-window");

            assertThat(note).as(path + ": visible right under the buttons, not folded away").isNotNull();
            assertThat(note.text()).as(path).startsWith(window);
        }
        assertThat(page("calendar/campaigns/sci-week-2026/index.html").select(".calendar-window"))
                .as("a campaign's calendar is complete").isEmpty();
    }

    @Test
    void aDocumentLinksItsCampaignToTheEditionsPage() throws IOException {
        Document notice = page("notices/sci-week/index.html");

        assertThat(notice.select(".campaign-facts dd a")).singleElement().satisfies(link -> {
            assertThat(link.text()).isEqualTo("2026年全国科技活动周");
            assertThat(link.attr("href")).isEqualTo("/calendar/campaigns/sci-week-2026/");
        });
        assertThat(out.resolve("calendar/campaigns/sci-week-2026/index.html")).as("the edition's page exists").exists();
    }

    @Test
    void campaignCalendarShowsTheCampaignsSeriesThemesAndPeriod() throws IOException {
        Document campaign = page("calendar/campaigns/sci-week-2026/index.html");

        assertThat(campaign.selectFirst("h1").text()).isEqualTo("2026年全国科技活动周活动日历");
        assertThat(campaign.select(".campaign-facts dt").eachText()).containsExactly("活动系列", "活动主题", "活动时间", "相关文件");
        assertThat(campaign.select(".campaign-facts dd").eachText()).contains("科技活动周", "“科技创新，你我同行”");
        assertThat(campaign.select("#documents ~ .doc-list a").eachText()).containsExactly("关于开展2026年科技活动周的通知");
    }

    @Test
    void campaignCalendarWithMoreThanTwentyDocumentsLinksToTheirFullList(@TempDir Path big) throws IOException {
        CalendarSite site = CalendarSite.in(big.resolve("src"));
        for (int i = 1; i <= CalendarPages.DOCUMENTS + 1; i++) {
            site.notice("n" + i, "title: 第" + i + "号通知\ncampaign: sci-week-2026\ndate: 2026-04-" + (i + 9) + "\n");
        }
        Path built = site.build(big.resolve("out"), LocalDate.of(2026, 5, 12));

        Document calendar = Jsoup.parse(built.resolve("calendar/campaigns/sci-week-2026/index.html").toFile(), "UTF-8");
        assertThat(calendar.select("#documents ~ .doc-list a")).hasSize(CalendarPages.DOCUMENTS);
        assertThat(calendar.select(".calendar-documents .more a").eachAttr("href"))
                .containsExactly("/calendar/campaigns/sci-week-2026/documents/");
        Document list = Jsoup.parse(built.resolve("calendar/campaigns/sci-week-2026/documents/page/2/index.html").toFile(), "UTF-8");
        assertThat(list.selectFirst("h1").text()).isEqualTo("2026年全国科技活动周相关文件（第2页）");
        assertThat(list.select(".doc-list a").eachText()).containsExactly("第1号通知");
    }

    @Test
    void agencyCalendarLinksToTheAgencysPage() throws IOException {
        Document agency = page("calendar/agencies/kx/index.html");

        assertThat(agency.selectFirst("h1").text()).isEqualTo("某县科学技术协会活动日历");
        assertThat(agency.select(".calendar-scope a").eachAttr("href")).containsExactly("/agencies/kx/");
    }

    @Test
    void documentPageLinksItsCalendarAboveTheSchedule() throws IOException {
        Element schedule = page("notices/sci-week/index.html").selectFirst("section[aria-labelledby=schedule]");

        assertThat(schedule.select(".calendar-links a[download]").eachAttr("href")).containsExactly("/notices/sci-week/calendar.ics");
        assertThat(schedule.select(".calendar-links a[href^=webcal:]").eachAttr("href"))
                .containsExactly("webcal://kjj.example.gov.cn/notices/sci-week/calendar.ics");
    }

    @Test
    void documentPageDescribesItsActivitiesForSearchEngines() throws Exception {
        Element script = page("notices/sci-week/index.html").selectFirst("script[type=application/ld+json]:containsData(\"Event\")");

        JsonNode graph = new ObjectMapper().readTree(script.data()).path("@graph");
        assertThat(graph.findValuesAsText("name")).contains("系列活动", "启动仪式", "往年回顾展");
        assertThat(graph.findValuesAsText("startDate")).contains("2026-05-16T09:30:00+08:00");
    }

    @Test
    void documentPageShowsTheDeadlineStatusOnTheBuildDay() throws IOException {
        Element deadline = page("notices/sci-week/index.html").selectFirst("li.deadline");

        assertThat(deadline.selectFirst(".status").text()).isEqualTo("报送中（还剩33天）");
        assertThat(deadline.select("a[href^=mailto:]").eachAttr("href")).containsExactly("mailto:kjj@example.cn");
    }
}
