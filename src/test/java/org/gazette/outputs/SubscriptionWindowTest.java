package org.gazette.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.outputs.CalendarFilesTest.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gazette.fixtures.CalendarSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the site's and the agencies' subscription calendars keep: every upcoming activity however far
 * ahead, what ended in the last half year, and never fewer than the latest past events.
 */
class SubscriptionWindowTest {

    static final LocalDate BUILD_DAY = LocalDate.of(2026, 5, 10);

    @TempDir
    Path folder;

    /** A notice of {@code count} one-day activities 活动01, 活动02, … on consecutive days from {@code first}. */
    private static String dailyActivities(LocalDate first, int count, String extra) {
        return "schedule:\n" + IntStream.rangeClosed(1, count)
                .mapToObj(n -> "  - title: 活动%02d\n    start: %s\n".formatted(n, first.plusDays(n - 1)))
                .collect(Collectors.joining()) + extra;
    }

    private Path build(String frontMatter) {
        CalendarSite site = CalendarSite.in(folder.resolve("src"));
        site.notice("a", frontMatter);
        return site.build(folder.resolve("site"), BUILD_DAY);
    }

    @Test
    void keepsTheLatestPastEventsWhenNothingEndedInTheLastHalfYear() {
        Path site = build(dailyActivities(LocalDate.of(2020, 1, 1), 25, """
                  - title: 五年后的活动
                    start: 2031-10-01
                deadlines:
                  - title: 报送总结
                    due: 2020-02-01
                """));

        // 20 past events, deadlines counted with activities: the deadline and 活动07 to 活动25.
        String[] latest = IntStream.rangeClosed(7, 25).mapToObj("活动%02d"::formatted).toArray(String[]::new);
        for (String calendar : new String[] {"calendar/calendar.ics", "calendar/agencies/kjj/calendar.ics"}) {
            assertThat(events(site, calendar)).as(calendar)
                    .hasSize(SubscriptionWindow.RECENT_PAST + 1)
                    .containsKeys(latest)
                    .containsKeys("五年后的活动", "报送截止：报送总结")
                    .doesNotContainKeys("活动01", "活动06");
        }
        assertThat(events(site, "notices/a/calendar.ics")).as("a document's calendar is complete").hasSize(27);
    }

    @Test
    void ofPastEventsEndingOnTheSameDayThoseFirstInTheSitesOrderAreKept() {
        // 30 activities on one day long ago: the 20 kept are the first 20 in the site's order (by title here).
        Path site = build("schedule:\n" + IntStream.rangeClosed(1, 30)
                .mapToObj(n -> "  - title: 同日活动%02d\n    start: 2020-03-01\n".formatted(n)).collect(Collectors.joining()));

        String[] first = IntStream.rangeClosed(1, 20).mapToObj("同日活动%02d"::formatted).toArray(String[]::new);
        assertThat(events(site, "calendar/calendar.ics")).hasSize(SubscriptionWindow.RECENT_PAST).containsKeys(first);
    }

    @Test
    void keepsEverythingThatEndedInTheLastHalfYearAndNothingOlderWhenThatIsEnough() {
        Path site = build(dailyActivities(LocalDate.of(2026, 3, 1), 25, """
                  - title: 前年的讲座
                    start: 2024-11-09
                  - title: 刚过半年的讲座
                    start: 2025-11-09
                  - title: 正好半年前结束的讲座
                    start: 2025-11-10
                """));

        assertThat(events(site, "calendar/calendar.ics"))
                .hasSize(26)
                .containsKeys("活动01", "活动25", "正好半年前结束的讲座")
                .doesNotContainKeys("前年的讲座", "刚过半年的讲座");
        assertThat(events(site, "notices/a/calendar.ics")).containsKeys("前年的讲座", "刚过半年的讲座");
    }

    @Test
    void keepsEveryUpcomingAndCurrentEventHoweverFarAheadAndHoweverMany() {
        Path site = build(dailyActivities(BUILD_DAY.plusYears(3), 30, """
                  - title: 进行中的长期活动
                    start: 2025-01-01
                    end: 2026-12-31
                  - title: 今天截止前的活动
                    start: 2026-05-10
                """));

        assertThat(events(site, "calendar/calendar.ics")).hasSize(32).containsKeys("活动01", "活动30",
                "进行中的长期活动", "今天截止前的活动");
    }
}
