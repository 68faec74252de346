package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.content.Document;
import org.gazette.fixtures.CalendarSite;
import org.gazette.site.Activity;
import org.gazette.site.DeadlineEntry;
import org.gazette.site.DeadlineStatus;
import org.gazette.site.DocumentAttachment;
import org.gazette.site.SiteIndex;
import org.gazette.site.UrlPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One derived fact, every output: each activity's, deadline's and attachment's identity, anchor,
 * calendar file, status and published paths, as the site model gives them, are what the document's
 * page, the home page, the calendar pages, the attachment index, the iCalendar files and the page
 * script's data attributes say.
 */
class OneFactEveryOutputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @TempDir
    static Path folder;

    static SiteIndex site;
    static Document notice;
    static Path out;

    @BeforeAll
    static void build() {
        CalendarSite files = CalendarSite.in(folder.resolve("src"));
        files.write("content/notices/week/附件1 名单.txt", "名单\n");
        files.write("content/notices/week/index.md", """
                ---
                title: 关于开展科技活动周的通知
                date: 2026-05-01
                agencies: [kjj]
                campaign: sci-week-2026
                schedule:
                  - title: 启动仪式
                    start: 2026-06-16 09:30
                  - title: 科普讲座
                    start: 2026-06-20
                deadlines:
                  - title: 报送活动方案
                    due: 2026-06-14
                  - title: 报送活动总结
                    due: 2026-07-14
                attachments:
                  - title: 附件1 名单
                    file: 附件1 名单.txt
                  - title: 活动统计表
                    table: true
                ---

                正文。

                ## 活动统计表

                | 活动 | 场次 |
                |---|---|
                | 讲座 | 3 |
                """);
        site = files.index();
        notice = site.published().get(0);
        out = files.build(folder.resolve("out"), TODAY);
    }

    private static org.jsoup.nodes.Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }

    /** The iCalendar file's text with folded lines joined. */
    private static String calendar(String path) throws IOException {
        return Files.readString(out.resolve(path), StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    @Test
    void anActivitysAnchorAndEventAreWhatItsRowTheCalendarsAndItsCalendarFileSay() throws IOException {
        org.jsoup.nodes.Document documentPage = page(notice.url() + "index.html");
        org.jsoup.nodes.Document calendarPage = page("calendar/index.html");
        org.jsoup.nodes.Document home = page("index.html");

        for (Activity activity : site.events(notice).activities()) {
            Element row = documentPage.getElementById(activity.anchor());
            assertThat(row).as("the row of %s", activity.item().title()).isNotNull();
            Element link = row.selectFirst("a.schedule-ics");
            assertThat(link.attr("data-event")).isEqualTo(activity.event());
            assertThat(link.attr("href")).isEqualTo("/" + activity.calendar());
            assertThat(calendar(activity.calendar())).contains("UID:" + activity.event() + "@kjj.example.gov.cn")
                    .contains("https://kjj.example.gov.cn/" + notice.url() + "#" + activity.anchor());
            assertThat(calendar("calendar/calendar.ics")).contains("UID:" + activity.event() + "@");
            assertThat(calendarPage.select(".calendar-item-title a").eachAttr("href"))
                    .contains("/" + notice.url() + "#" + activity.anchor());
            assertThat(home.select(".home-activities .upcoming-title a").eachAttr("href"))
                    .contains("/" + notice.url() + "#" + activity.anchor());
        }
    }

    @Test
    void aDeadlinesAnchorEventAndStatusAreWhatItsPageTheHomePageAndItsCalendarFileSay() throws IOException {
        org.jsoup.nodes.Document documentPage = page(notice.url() + "index.html");
        org.jsoup.nodes.Document home = page("index.html");

        for (DeadlineEntry entry : site.events(notice).deadlines()) {
            DeadlineStatus status = entry.status(TODAY);
            Element item = documentPage.getElementById(entry.anchor());
            assertThat(item).as("the deadline %s", entry.deadline().title()).isNotNull();
            assertThat(item.selectFirst(".deadline-ics a").attr("data-event")).isEqualTo(entry.event());
            assertThat(item.selectFirst(".deadline-ics a").attr("href")).isEqualTo("/" + entry.calendar());
            assertThat(calendar(entry.calendar())).contains("UID:" + entry.event() + "@kjj.example.gov.cn");

            Element onPage = item.selectFirst(".status");
            Element onHome = home.selectFirst(".home-deadlines a[href$=#" + entry.anchor() + "]")
                    .closest("li").selectFirst(".status");
            assertThat(onPage.hasClass("status-" + status.key())).isTrue();
            assertThat(onPage.attr("data-soon-days")).isEqualTo(String.valueOf(DeadlineStatus.SOON_DAYS));
            assertThat(onHome.outerHtml()).as("one status markup on both pages").isEqualTo(onPage.outerHtml());
        }
    }

    @Test
    void anAttachmentsPublishedPathAndATablesAnchorAndDownloadsAreWhatBothAttachmentListsLinkTo() throws IOException {
        Element onPage = page(notice.url() + "index.html").selectFirst(".attachment-list");
        Element inIndex = page("attachments/index.html").selectFirst(".attachment-list");
        DocumentAttachment file = site.attachments(notice).all().get(0);
        DocumentAttachment table = site.attachments(notice).all().get(1);

        String fileHref = "/" + UrlPaths.encode(file.path());
        assertThat(out.resolve(file.path())).hasSameBinaryContentAs(file.file());
        assertThat(onPage.select(".attachment-file .attachment-title a").eachAttr("href")).containsExactly(fileHref);
        assertThat(inIndex.select(".attachment-file .attachment-title a").eachAttr("href")).containsExactly(fileHref);

        assertThat(page(notice.url() + "index.html").getElementById(table.anchor()).tagName()).isEqualTo("table");
        assertThat(onPage.selectFirst(".attachment-table .attachment-title a").attr("href")).isEqualTo("#" + table.anchor());
        assertThat(inIndex.selectFirst(".attachment-table .attachment-title a").attr("href"))
                .isEqualTo("/" + notice.url() + "#" + table.anchor());
        for (DocumentAttachment.TableDownload download : table.downloads()) {
            String href = "/" + UrlPaths.encode(download.path());
            assertThat(out.resolve(download.path())).isRegularFile();
            assertThat(onPage.select(".attachment-downloads a").eachAttr("href")).contains(href);
            assertThat(inIndex.select(".attachment-downloads a").eachAttr("href")).contains(href);
        }
    }
}
