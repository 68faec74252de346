package org.gazette.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.content.Document;
import org.gazette.fixtures.CalendarSite;
import org.gazette.site.Activity;
import org.gazette.site.Publication;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event text a preview keeps from one build to the next for the subscription calendars: each
 * unchanged document's events as they were written, never a changed document's old text.
 */
class IcsKeptEventsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    static final Urls URLS = new Urls("https://kjj.example.gov.cn/", "/");

    @TempDir
    Path folder;

    @Test
    void anUnchangedDocumentsEventsAreTakenOverAndAnEditedOnesAreNot() throws IOException {
        CalendarSite files = CalendarSite.in(folder);
        files.notice("kept", "schedule:\n  - title: 科普讲座\n    start: 2026-05-16 09:30\n");
        files.notice("edited", "schedule:\n  - title: 开幕式\n    start: 2026-05-17\n");
        SiteIndex before = files.index();
        write(before);
        Activity kept = activityOf(before, "kept");
        Activity edited = activityOf(before, "edited");
        IcsKeptEvents last = IcsKeptEvents.of(before, zone(before), URLS, TODAY);
        assertThat(last.get(kept)).isNotNull();
        assertThat(last.get(edited)).isNotNull();

        Document renamed = new Document.Builder(edited.document()).title("改过标题的通知").build();
        List<Document> documents = new ArrayList<>(before.published());
        documents.set(documents.indexOf(edited.document()), renamed);
        SiteIndex after = SiteIndex.updated(before, before.data(), documents, new Publication(LocalDate.MAX, false, false), Map.of());
        IcsKeptEvents now = IcsKeptEvents.of(after, zone(after), URLS, TODAY);

        assertThat(now.get(kept)).isSameAs(last.get(kept));
        assertThat(now.get(activityOf(after, "edited"))).isNull();
        String site = write(after);
        assertThat(site).contains("改过标题的通知").doesNotContain("edited的通知");
        assertThat(now.get(activityOf(after, "edited"))).isNotNull();
    }

    @Test
    void anotherBuildDayKeepsNothing() throws IOException {
        CalendarSite files = CalendarSite.in(folder);
        files.notice("kept", "schedule:\n  - title: 科普讲座\n    start: 2026-05-16 09:30\n");
        SiteIndex site = files.index();
        write(site);

        assertThat(IcsKeptEvents.of(site, zone(site), URLS, TODAY.plusDays(1)).get(activityOf(site, "kept"))).isNull();
    }

    /** Writes every calendar file of the index and returns the site calendar's text. */
    private static String write(SiteIndex site) throws IOException {
        String siteCalendar = null;
        for (OutputFile file : new CalendarFiles().files(site, TODAY, URLS)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            file.content().writeTo(out);
            if (file.path().equals("calendar/calendar.ics")) {
                siteCalendar = out.toString(StandardCharsets.UTF_8);
            }
        }
        return siteCalendar;
    }

    private static ZoneId zone(SiteIndex site) {
        return site.data().site().timezone();
    }

    private static Activity activityOf(SiteIndex site, String name) {
        return site.activities().stream().filter(a -> a.document().url().contains(name)).findFirst().orElseThrow();
    }
}
