package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.fixtures.CalendarSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Activities and deadlines keep their identity (UID and anchor) whatever happens to the items around them. */
class EventIdentityTest {

    @TempDir
    Path folder;

    private Document read(String frontMatter) {
        CalendarSite site = CalendarSite.in(folder);
        site.notice("a", frontMatter);
        return site.index().published().get(0);
    }

    private static final String TWO = """
            schedule:
              - title: 启动仪式
                start: 2026-05-16 09:30
              - title: 科普讲座
                start: 2026-05-18
            deadlines:
              - title: 报送活动总结
                due: 2026-06-14
            """;

    private String anchorOf(Document document, String title) {
        List<EventIdentity> ids = EventIdentity.activities(document);
        for (int i = 0; i < ids.size(); i++) {
            if (document.schedule().get(i).title().equals(title)) {
                return ids.get(i).uid("kjj.example.gov.cn") + " " + ids.get(i).anchor();
            }
        }
        throw new AssertionError("no activity " + title);
    }

    @Test
    void isTheSameOnEveryRead() {
        Document first = read(TWO);
        Document second = read(TWO);

        assertThat(EventIdentity.activities(second)).isEqualTo(EventIdentity.activities(first));
        assertThat(EventIdentity.deadlines(second)).isEqualTo(EventIdentity.deadlines(first));
    }

    @Test
    void survivesInsertingAnActivityBeforeIt() {
        String before = anchorOf(read(TWO), "科普讲座");

        Document inserted = read("""
                schedule:
                  - title: 预热活动
                    start: 2026-05-01
                  - title: 启动仪式
                    start: 2026-05-16 09:30
                  - title: 科普讲座
                    start: 2026-05-18
                """);

        assertThat(anchorOf(inserted, "科普讲座")).isEqualTo(before);
    }

    @Test
    void survivesReorderingAndCorrectingTheTime() {
        String before = anchorOf(read(TWO), "启动仪式");

        Document moved = read("""
                schedule:
                  - title: 科普讲座
                    start: 2026-05-18
                  - title: 启动仪式
                    start: 2026-05-19 10:00
                """);

        assertThat(anchorOf(moved, "启动仪式")).isEqualTo(before);
    }

    @Test
    void tellsApartActivitiesSharingATitle() {
        Document document = read("""
                schedule:
                  - title: 科普讲座
                    start: 2026-05-18
                  - title: 科普讲座
                    start: 2026-05-20
                  - title: 科普讲座
                    start: 2026-05-20
                """);

        assertThat(EventIdentity.activities(document)).doesNotHaveDuplicates();
    }

    @Test
    void differsBetweenAnActivityAndADeadlineOfTheSameTitle() {
        Document document = read("""
                schedule:
                  - title: 总结
                    start: 2026-06-14
                deadlines:
                  - title: 总结
                    due: 2026-06-14
                """);

        assertThat(EventIdentity.activities(document).get(0)).isNotEqualTo(EventIdentity.deadlines(document).get(0));
        assertThat(EventIdentity.activities(document).get(0).anchor()).startsWith("activity-");
        assertThat(EventIdentity.deadlines(document).get(0).anchor()).startsWith("deadline-");
    }

    @Test
    void makesAGloballyUniqueUidFromTheSitesHost() {
        EventIdentity identity = EventIdentity.activities(read(TWO)).get(0);

        assertThat(identity.uid("kjj.example.gov.cn")).matches("[0-9a-f-]{36}@kjj\\.example\\.gov\\.cn");
        assertThat(identity.anchor()).matches("activity-[0-9a-f]{8}");
    }

    @Test
    void keepsTheVersion3UuidsPublishedCalendarsAlreadyHold() {
        for (String name : java.util.List.of("", "gazette-event\nnotices/a/\nactivity\n启动仪式", "x".repeat(300))) {
            byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);

            assertThat(EventIdentity.nameUuid(bytes)).isEqualTo(java.util.UUID.nameUUIDFromBytes(bytes));
        }
    }
}
