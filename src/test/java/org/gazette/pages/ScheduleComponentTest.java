package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gazette.components.ComponentHarness;
import org.gazette.content.Agency;
import org.gazette.content.Moment;
import org.gazette.content.Organizer;
import org.gazette.content.ScheduleItem;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule component (活动安排): an accessible table of a document's activities. */
class ScheduleComponentTest {

    private static final Agency KX = new Agency("kx", "某县科学技术协会", "县科协", null, null, null, null, null);

    @TempDir
    static Path folder;

    static ComponentHarness harness;

    @BeforeAll
    static void setUp() {
        harness = new ComponentHarness(folder, LocalDate.of(2026, 5, 1));
    }

    private static ScheduleItem item(String title, Moment start, Moment end, String when) {
        return new ScheduleItem(title, start, end, when, null, List.of(), null, null, 1);
    }

    private static Moment day(int year, int month, int day) {
        return Moment.of(LocalDate.of(year, month, day));
    }

    private static Moment at(int year, int month, int day, int hour, int minute) {
        return new Moment(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    private static Element render(ActivityView... views) {
        return harness.render("schedule", "schedule", Map.of("items", List.of(views)));
    }

    private static ActivityView view(ScheduleItem item) {
        return new ActivityView(item, "activity-12345678", "notices/a/calendar.ics", "1f0c3a7e-0000-3000-8000-000000000001");
    }

    @Test
    void isATableWithACaptionCountingTheActivitiesAndColumnHeaders() {
        Element html = render(view(item("启动仪式", day(2026, 5, 16), null, null)), view(item("科普讲座", day(2026, 5, 17), null, null)));

        assertThat(html.select("table caption").text()).isEqualTo("活动安排（共2项）");
        assertThat(html.select("thead th").eachText()).containsExactly("时间", "活动", "地点", "组织单位", "参加对象");
        assertThat(html.select("thead th").eachAttr("scope")).containsOnly("col");
    }

    @Test
    void namesEachRowByItsActivityInARowHeader() {
        Element html = render(view(item("启动仪式", day(2026, 5, 16), null, null)));

        Element header = html.selectFirst("tbody tr th");
        assertThat(header.attr("scope")).isEqualTo("row");
        assertThat(header.ownText()).isEqualTo("启动仪式");
    }

    @Test
    void showsTheDocumentsOwnWordingWithTheMachineDateInTheTimeElement() {
        Element html = render(view(item("系列活动", day(2022, 5, 11), day(2022, 6, 10), "2022年5月中旬至6月上旬")));

        Element time = html.selectFirst("td.schedule-when time");
        assertThat(time.text()).isEqualTo("2022年5月中旬至6月上旬");
        assertThat(time.attr("datetime")).isEqualTo("2022-05-11");
    }

    @Test
    void showsAPeriodWithoutWordingAsTwoTimesSharingTheirYearAndMonth() {
        Element html = render(view(item("编程大赛", day(2022, 5, 22), day(2022, 5, 31), null)));

        Element cell = html.selectFirst("td.schedule-when");
        assertThat(cell.select("time").eachAttr("datetime")).containsExactly("2022-05-22", "2022-05-31");
        assertThat(cell.select("time").eachText()).containsExactly("2022年5月22日", "31日");
        assertThat(cell.selectFirst(".schedule-period").ownText()).isEqualTo("至");
    }

    @Test
    void showsBothTimesOfAnActivityWithinOneDay() {
        Element html = render(view(item("科普讲座", at(2026, 5, 25, 14, 30), at(2026, 5, 25, 16, 0), null)));

        Element cell = html.selectFirst("td.schedule-when");
        assertThat(cell.select("time").eachAttr("datetime")).containsExactly("2026-05-25T14:30", "2026-05-25T16:00");
        assertThat(cell.select("time").eachText()).containsExactly("2026年5月25日 14:30", "16:00");
    }

    @Test
    void linksAgencyOrganisersToTheirPagesAndShowsOthersAsText() {
        ScheduleItem item = new ScheduleItem("科普讲座", day(2026, 5, 17), null, null, "县科技馆",
                List.of(new Organizer(KX.name(), KX), new Organizer("县教育局", null)), "中小学生", null, 1);

        Element cell = render(view(item)).selectFirst("td[data-label=组织单位]");

        assertThat(cell.text()).isEqualTo("某县科学技术协会、县教育局");
        assertThat(cell.select("a").eachAttr("href")).containsExactly("/agencies/kx/");
    }

    @Test
    void givesEachRowItsAnchorAndALinkAddingJustThatActivityToACalendar() {
        Element row = render(view(item("启动仪式", day(2026, 5, 16), null, null))).selectFirst("tbody tr");

        assertThat(row.id()).isEqualTo("activity-12345678");
        Element link = row.selectFirst("a.schedule-ics");
        // Without the page script, the document's calendar; with it, the one event (CalendarItemIT).
        assertThat(link.attr("href")).isEqualTo("/notices/a/calendar.ics");
        assertThat(link.attr("data-event")).isEqualTo("1f0c3a7e-0000-3000-8000-000000000001");
        assertThat(link.attr("data-file")).isEqualTo("activity-12345678.ics");
        assertThat(link.hasAttr("download")).isTrue();
        assertThat(link.text()).isEqualTo("添加到日历：启动仪式");
    }

    @Test
    void marksCellsWithoutAValueSoPhonesCanLeaveThemOut() {
        Element row = render(view(item("启动仪式", day(2026, 5, 16), null, null))).selectFirst("tbody tr");

        assertThat(row.select("td.is-empty").eachAttr("data-label")).containsExactly("地点", "组织单位", "参加对象");
        assertThat(row.select("td.is-empty").eachText()).containsOnly("—");
    }

    @Test
    void labelsEveryCellForTheCardLayoutOnPhones() {
        Element row = render(view(item("启动仪式", day(2026, 5, 16), null, null))).selectFirst("tbody tr");

        assertThat(row.select("td, th").eachAttr("data-label")).containsExactly("时间", "活动", "地点", "组织单位", "参加对象");
    }

    @Test
    void rendersNothingWithoutActivities() {
        assertThat(render().children()).isEmpty();
    }
}
