package org.gazette.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.gazette.fixtures.CalendarSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The iCalendar files of a built site, each read back by ical4j with strict parsing and validated:
 * what events they hold, their times and zone, and identities that last across builds.
 */
class CalendarFilesTest {

    static final LocalDate BUILD_DAY = LocalDate.of(2026, 5, 10);

    static final String SCI_WEEK = """
            title: 关于开展2026年科技活动周的通知
            agencies: [kjj, kx]
            campaign: sci-week-2026
            schedule:
              - title: 启动仪式
                start: 2026-05-16 09:30
                end: 2026-05-16 11:30
                when: 5月16日上午9:30
                location: 县科技馆广场
                organizers: [kjj, 县教育局]
                participants: 各成员单位
                description: 集中展示科普展品。
              - title: 科普讲座
                start: 2026-05-18
              - title: 科技活动周系列活动
                start: 2026-05-16
                end: 2026-05-23
                when: 2026年5月中旬
              - title: 开幕式
                start: 2026-05-17 14:00
              - title: 两天的培训
                start: 2026-05-19 09:00
                end: 2026-05-20 17:00
              - title: 颁奖
                start: 2026-05-21 16:00
                end: 2026-05-21
            deadlines:
              - title: 报送活动总结
                due: 2026-06-14
                submit_to: kjj@example.cn
                materials: [活动总结, 影像资料]
              - title: 报送统计表
                due: 2026-06-20 17:00
            """;

    static final String OTHER = """
            title: 关于举办青少年科普讲座的通知
            agencies: [wlj]
            schedule:
              - title: 青少年科普讲座
                start: 2026-07-01
                organizers: [kx]
              - title: 前年的讲座
                start: 2024-11-09
            """;

    @TempDir
    static Path folder;

    static Path first;
    static Path second;
    static Path inserted;

    @BeforeAll
    static void buildTheSiteTwiceAndOnceMoreWithAnInsertedActivity() {
        CalendarSite site = CalendarSite.in(folder.resolve("src"));
        site.write("data/agencies.yaml", CalendarSite.AGENCIES_YAML + """
                wlj:
                  name: 某县文化旅游局
                nothing:
                  name: 某县无活动局
                """);
        site.notice("sci-week", SCI_WEEK);
        site.notice("other", OTHER);
        first = site.build(folder.resolve("first"), BUILD_DAY);
        second = site.build(folder.resolve("second"), BUILD_DAY);
        site.notice("sci-week", SCI_WEEK.replace("""
                schedule:
                """, """
                schedule:
                  - title: 预热活动
                    start: 2026-05-01
                """));
        inserted = site.build(folder.resolve("inserted"), BUILD_DAY);
    }

    static Calendar parse(Path file) {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        try (InputStream in = Files.newInputStream(file)) {
            return new CalendarBuilder().build(in);
        } catch (IOException | ParserException e) {
            throw new AssertionError("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, CalendarComponent> eventsBySummary(Calendar calendar) {
        return calendar.<CalendarComponent>getComponents(Component.VEVENT).stream()
                .collect(Collectors.toMap(e -> value(e, Property.SUMMARY), e -> e));
    }

    static Map<String, CalendarComponent> events(Path site, String file) {
        return eventsBySummary(parse(site.resolve(file)));
    }

    static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    static String parameter(Component component, String property, String parameter) {
        return component.getProperty(property).flatMap(p -> p.<Parameter>getParameter(parameter)).map(Parameter::getValue).orElse(null);
    }

    static List<Path> icsFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".ics")).sorted().toList();
        }
    }

    @Test
    void everyFileParsesStrictlyAndValidates() throws Exception {
        List<Path> files = icsFiles(first);

        // The site's, one campaign's, four agencies' and two documents' calendars.
        assertThat(files).hasSize(8);
        for (Path file : files) {
            ValidationResult result = parse(file).validate();
            assertThat(result.hasErrors()).as(file + ": " + result.getEntries()).isFalse();
        }
    }

    @Test
    void foldsEveryLineWithin75OctetsWithCrlfLineEnds() throws Exception {
        String text = Files.readString(first.resolve("notices/sci-week/calendar.ics"), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void timedActivityIsInTheSiteTimeZoneWithItsDefinition() {
        Calendar calendar = parse(first.resolve("notices/sci-week/calendar.ics"));
        CalendarComponent opening = eventsBySummary(calendar).get("启动仪式");

        assertThat(value(opening, Property.DTSTART)).isEqualTo("20260516T093000");
        assertThat(parameter(opening, Property.DTSTART, Parameter.TZID)).isEqualTo("Asia/Shanghai");
        assertThat(value(opening, Property.DTEND)).isEqualTo("20260516T113000");
        assertThat(calendar.<CalendarComponent>getComponents(Component.VTIMEZONE))
                .extracting(tz -> value(tz, Property.TZID)).containsExactly("Asia/Shanghai");
    }

    @Test
    void timedActivityWithoutAnEndLastsAnHourSoCalendarAppsShowIt() {
        VEvent event = (VEvent) events(first, "notices/sci-week/calendar.ics").get("开幕式");

        assertThat(value(event, Property.DTSTART)).isEqualTo("20260517T140000");
        assertThat(value(event, Property.DTEND)).isEqualTo("20260517T150000");
        assertThat(parameter(event, Property.DTEND, Parameter.TZID)).isEqualTo("Asia/Shanghai");
        assertThat(event.getProperty(Property.DURATION)).isEmpty();
        assertThat(value(event, Property.TRANSP)).as("it takes the reader's time, like any meeting").isNull();
    }

    @Test
    void timedActivityWhoseEndIsOnlyItsDayAlsoLastsAnHour() {
        VEvent event = (VEvent) events(first, "notices/sci-week/calendar.ics").get("颁奖");

        assertThat(value(event, Property.DTSTART)).isEqualTo("20260521T160000");
        assertThat(value(event, Property.DTEND)).isEqualTo("20260521T170000");
    }

    @Test
    void timedDeadlineIsAMomentWithoutEnd() {
        CalendarComponent deadline = events(first, "notices/sci-week/calendar.ics").get("报送截止：报送统计表");

        assertThat(deadline.getProperty(Property.DTEND)).isEmpty();
        assertThat(deadline.getProperty(Property.DURATION)).isEmpty();
    }

    @Test
    void multiDayActivityIsAnAllDayEventEndingTheDayAfterItsLastDay() {
        CalendarComponent week = events(first, "notices/sci-week/calendar.ics").get("科技活动周系列活动");

        assertThat(value(week, Property.DTSTART)).isEqualTo("20260516");
        assertThat(parameter(week, Property.DTSTART, Parameter.VALUE)).isEqualTo("DATE");
        assertThat(value(week, Property.DTEND)).isEqualTo("20260524");
        assertThat(value(week, Property.TRANSP)).isEqualTo("TRANSPARENT");
    }

    @Test
    void activityOverSeveralDaysWithTimesIsAllDayAndKeepsTheTimesInItsDescription() {
        CalendarComponent training = events(first, "notices/sci-week/calendar.ics").get("两天的培训");

        assertThat(value(training, Property.DTSTART)).isEqualTo("20260519");
        assertThat(value(training, Property.DTEND)).isEqualTo("20260521");
        assertThat(value(training, Property.DESCRIPTION)).startsWith("时间：2026年5月19日 9:00至20日 17:00");
    }

    @Test
    void oneDayActivityIsAnAllDayEventOfOneDay() {
        CalendarComponent lecture = events(first, "notices/sci-week/calendar.ics").get("科普讲座");

        assertThat(value(lecture, Property.DTSTART)).isEqualTo("20260518");
        assertThat(value(lecture, Property.DTEND)).isEqualTo("20260519");
    }

    @Test
    void deadlineIsAnAllDayEventOnItsDueDayWithAReminder() {
        CalendarComponent deadline = events(first, "notices/sci-week/calendar.ics").get("报送截止：报送活动总结");

        assertThat(value(deadline, Property.DTSTART)).isEqualTo("20260614");
        assertThat(value(deadline, Property.DTEND)).isEqualTo("20260615");
        assertThat(value(deadline, Property.DESCRIPTION)).contains("报送至：kjj@example.cn", "报送材料：活动总结；影像资料");
        assertThat(((VEvent) deadline).getAlarms()).hasSize(1);
    }

    @Test
    void deadlineWithATimeIsATimedEvent() {
        CalendarComponent deadline = events(first, "notices/sci-week/calendar.ics").get("报送截止：报送统计表");

        assertThat(value(deadline, Property.DTSTART)).isEqualTo("20260620T170000");
        assertThat(parameter(deadline, Property.DTSTART, Parameter.TZID)).isEqualTo("Asia/Shanghai");
    }

    @Test
    void eventCarriesPlaceOrganisersTheDocumentsWordingAndALinkBack() {
        CalendarComponent opening = events(first, "notices/sci-week/calendar.ics").get("启动仪式");

        assertThat(value(opening, Property.LOCATION)).isEqualTo("县科技馆广场");
        assertThat(value(opening, Property.DESCRIPTION)).contains("时间：5月16日上午9:30", "组织单位：某县科学技术局、县教育局",
                "参加对象：各成员单位", "集中展示科普展品。", "https://kjj.example.gov.cn/notices/sci-week/");
        assertThat(value(opening, Property.URL)).matches("https://kjj\\.example\\.gov\\.cn/notices/sci-week/#activity-[0-9a-f]{8}");
    }

    @Test
    void stampsEveryEventWithTheStartOfTheBuildDay() {
        assertThat(events(first, "calendar/calendar.ics").values())
                .extracting(e -> value(e, Property.DTSTAMP)).containsOnly("20260509T160000Z");
    }

    @Test
    void isByteForByteTheSameOnTheSameSourcesAndBuildDay() throws Exception {
        for (Path file : icsFiles(first)) {
            assertThat(Files.readAllBytes(second.resolve(first.relativize(file).toString())))
                    .as(file.toString()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void keepsEveryUidWhenAnActivityIsInserted() {
        Map<String, CalendarComponent> before = events(first, "notices/sci-week/calendar.ics");
        Map<String, CalendarComponent> after = events(inserted, "notices/sci-week/calendar.ics");

        assertThat(after).containsKey("预热活动");
        before.forEach((summary, event) ->
                assertThat(value(after.get(summary), Property.UID)).as(summary).isEqualTo(value(event, Property.UID)));
    }

    @Test
    void siteCalendarHoldsEveryActivityAndDeadline() {
        assertThat(events(first, "calendar/calendar.ics")).containsOnlyKeys("启动仪式", "科普讲座", "科技活动周系列活动", "开幕式", "两天的培训", "颁奖",
                "报送截止：报送活动总结", "报送截止：报送统计表", "青少年科普讲座", "前年的讲座");
    }

    @Test
    void siteAndAgencyCalendarsKeepAnOldActivityWhileFewerThanTwentyEndedSince() {
        // What they leave out, and when: SubscriptionWindowTest.
        assertThat(events(first, "calendar/calendar.ics")).containsKey("前年的讲座");
        assertThat(events(first, "calendar/agencies/wlj/calendar.ics")).containsKey("前年的讲座");
        assertThat(events(first, "notices/other/calendar.ics")).containsKey("前年的讲座");
    }

    @Test
    void campaignCalendarHoldsOnlyItsDocumentsItems() {
        assertThat(events(first, "calendar/campaigns/sci-week-2026/calendar.ics")).containsOnlyKeys("启动仪式", "科普讲座",
                "科技活动周系列活动", "开幕式", "两天的培训", "颁奖", "报送截止：报送活动总结", "报送截止：报送统计表");
    }

    @Test
    void agencyCalendarHoldsItsDocumentsItemsAndWhatItOrganisesElsewhere() {
        assertThat(events(first, "calendar/agencies/kx/calendar.ics")).containsKey("青少年科普讲座").containsKey("开幕式");
        assertThat(events(first, "calendar/agencies/wlj/calendar.ics")).containsOnlyKeys("青少年科普讲座", "前年的讲座");
    }

    @Test
    void calendarWithoutEventsIsStillValidForSubscribing() {
        Calendar calendar = parse(first.resolve("calendar/agencies/nothing/calendar.ics"));

        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("某县无活动局活动日历");
    }

    @Test
    void calendarOfAllDayEventsNeedsNoTimeZoneDefinition() {
        Calendar calendar = parse(first.resolve("calendar/agencies/wlj/calendar.ics"));

        assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
        assertThat(calendar.getProperty("X-WR-TIMEZONE").map(Property::getValue)).contains("Asia/Shanghai");
    }

    @Test
    void singleItemsHaveNoFileOfTheirOwnTheDocumentsCalendarHoldsThemAll() throws Exception {
        // The page script offers one item by cutting it out of this file (CalendarItemIT).
        assertThat(events(first, "notices/sci-week/calendar.ics")).containsOnlyKeys("启动仪式", "科普讲座",
                "科技活动周系列活动", "开幕式", "两天的培训", "颁奖", "报送截止：报送活动总结", "报送截止：报送统计表");
        try (Stream<Path> files = Files.walk(first)) {
            assertThat(files.filter(f -> f.toString().endsWith(".ics")).map(f -> first.relativize(f).toString()))
                    .allMatch(f -> f.endsWith("/" + "calendar.ics") || f.equals("calendar.ics"));
        }
    }

    @Test
    void namesTheCalendarAndAsksSubscribersToRefresh() {
        Calendar calendar = parse(first.resolve("calendar/campaigns/sci-week-2026/calendar.ics"));

        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("2026年全国科技活动周");
        assertThat(calendar.getProperty("REFRESH-INTERVAL").map(Property::getValue)).contains("PT12H");
        assertThat(calendar.getProperty("SOURCE").map(Property::getValue))
                .contains("https://kjj.example.gov.cn/calendar/campaigns/sci-week-2026/calendar.ics");
    }
}
