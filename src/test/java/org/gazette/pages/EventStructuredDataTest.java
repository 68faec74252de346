package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.fixtures.CalendarSite;
import org.gazette.markup.SafeHtml;
import org.gazette.site.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema.org events of a document's schedule, as JSON-LD safe inside a script element. */
class EventStructuredDataTest {

    @TempDir
    Path folder;

    private SafeHtml jsonLd(String frontMatter) {
        CalendarSite site = CalendarSite.in(folder);
        site.notice("a", frontMatter);
        Document document = site.index().published().get(0);
        return EventStructuredData.of(document, site.index().events(document).activities(),
                new Urls("https://kjj.example.gov.cn", "/"), ZoneId.of("Asia/Shanghai"));
    }

    private static JsonNode firstEvent(SafeHtml html) throws Exception {
        JsonNode root = new ObjectMapper().readTree(html.html());
        assertThat(root.path("@context").asText()).isEqualTo("https://schema.org");
        return root.path("@graph").get(0);
    }

    @Test
    void aPageCalendarKeepsWhatItsJsonLdIsMadeOfAndWritesItWhenRendered() {
        CalendarSite site = CalendarSite.in(folder);
        site.notice("a", """
                schedule:
                  - title: 启动仪式
                    start: 2026-05-16 09:30
                """);
        Document document = site.index().published().get(0);
        var activities = site.index().events(document).activities();
        Urls urls = new Urls("https://kjj.example.gov.cn", "/");
        ZoneId zone = ZoneId.of("Asia/Shanghai");

        DocumentCalendar calendar = new DocumentCalendar(List.of(), null,
                new EventStructuredData.Source(document, activities, urls, zone));

        // The preview keeps every page's model: the written JSON is not part of it.
        assertThat(Arrays.stream(DocumentCalendar.class.getRecordComponents()).map(RecordComponent::getType))
                .doesNotContain(SafeHtml.class);
        assertThat(calendar.structuredData()).isEqualTo(EventStructuredData.of(document, activities, urls, zone));
        assertThat(calendar.structuredData().html()).contains("启动仪式");
        assertThat(DocumentCalendar.NONE.structuredData()).isEqualTo(SafeHtml.EMPTY);
    }

    @Test
    void describesATimedActivityWithItsOffsetPlaceOrganisersAndLink() throws Exception {
        JsonNode event = firstEvent(jsonLd("""
                schedule:
                  - title: 启动仪式
                    start: 2026-05-16 09:30
                    end: 2026-05-16 11:30
                    location: 县科技馆广场
                    organizers: [kjj, 县教育局]
                    description: 集中展示科普展品。
                """));

        assertThat(event.path("@type").asText()).isEqualTo("Event");
        assertThat(event.path("name").asText()).isEqualTo("启动仪式");
        assertThat(event.path("startDate").asText()).isEqualTo("2026-05-16T09:30:00+08:00");
        assertThat(event.path("endDate").asText()).isEqualTo("2026-05-16T11:30:00+08:00");
        assertThat(event.path("location").path("@type").asText()).isEqualTo("Place");
        assertThat(event.path("location").path("name").asText()).isEqualTo("县科技馆广场");
        assertThat(event.path("organizer").findValuesAsText("name")).containsExactly("某县科学技术局", "县教育局");
        assertThat(event.path("url").asText()).matches("https://kjj\\.example\\.gov\\.cn/notices/a/#activity-[0-9a-f]{8}");
        assertThat(event.path("eventStatus").asText()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(event.path("description").asText()).isEqualTo("集中展示科普展品。");
    }

    @Test
    void statesNoEndForATimedActivityWhoseNoticeGivesNone() throws Exception {
        // The calendar files give such an activity an hour (IcsEvents.ASSUMED_LENGTH) so calendar apps
        // can show it; a search result would show that hour as a fact the notice never stated.
        JsonNode event = firstEvent(jsonLd("""
                schedule:
                  - title: 开幕式
                    start: 2026-05-17 14:00
                """));

        assertThat(event.path("startDate").asText()).isEqualTo("2026-05-17T14:00:00+08:00");
        assertThat(event.has("endDate")).isFalse();
        assertThat(event.has("duration")).isFalse();
    }

    @Test
    void givesDaysForAnAllDayPeriodAndTheDocumentsWordingInTheDescription() throws Exception {
        JsonNode event = firstEvent(jsonLd("""
                schedule:
                  - title: 系列活动
                    start: 2022-05-11
                    end: 2022-06-10
                    when: 2022年5月中旬至6月上旬
                """));

        assertThat(event.path("startDate").asText()).isEqualTo("2022-05-11");
        assertThat(event.path("endDate").asText()).isEqualTo("2022-06-10");
        assertThat(event.path("description").asText()).isEqualTo("时间：2022年5月中旬至6月上旬");
        assertThat(event.has("location")).isFalse();
    }

    @Test
    void cannotCloseTheScriptElementItIsPrintedIn() throws Exception {
        SafeHtml html = jsonLd("""
                schedule:
                  - title: "讲座</script><script>alert(1)</script>"
                    start: 2026-05-16
                    description: "<!-- & -->"
                """);

        assertThat(html.html()).doesNotContain("<", ">", "&");
        assertThat(firstEvent(html).path("name").asText()).isEqualTo("讲座</script><script>alert(1)</script>");
    }

    @Test
    void isEmptyWithoutActivities() {
        assertThat(jsonLd("summary: 没有活动安排。").html()).isEmpty();
    }
}
