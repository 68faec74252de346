package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gazette.components.ComponentHarness;
import org.gazette.content.Deadline;
import org.gazette.site.DeadlineStatus;
import org.gazette.content.Moment;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deadlines component (报送要求): what to submit, where, by when, and how that stands today. */
class DeadlinesComponentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @TempDir
    static Path folder;

    static ComponentHarness harness;

    @BeforeAll
    static void setUp() {
        harness = new ComponentHarness(folder, TODAY);
    }

    private static DocumentPage.DeadlineView view(Deadline deadline, String email) {
        return new DocumentPage.DeadlineView(deadline, DeadlineStatus.of(deadline, TODAY), "deadline-abcdef12",
                "notices/a/calendar.ics", "abcdef12-0000-3000-8000-000000000002", email);
    }

    private static Deadline deadline(LocalDate due, String submitTo, List<String> materials) {
        return new Deadline("报送活动总结", Moment.of(due), submitTo, materials, 1);
    }

    private static Element render(DocumentPage.DeadlineView... views) {
        return harness.render("deadlines", "deadlines", Map.of("items", List.of(views)));
    }

    @Test
    void showsTheDueDateAndTheStatusWithTheDaysLeft() {
        Element item = render(view(deadline(LocalDate.of(2026, 6, 14), null, List.of()), null)).selectFirst("li");

        assertThat(item.selectFirst("h3").text()).isEqualTo("报送活动总结");
        assertThat(item.selectFirst("dd time").attr("datetime")).isEqualTo("2026-06-14");
        assertThat(item.selectFirst("dd time").text()).isEqualTo("2026年6月14日");
        assertThat(item.selectFirst(".status").text()).isEqualTo("即将截止（还剩4天）");
        assertThat(item.selectFirst(".status").attr("data-due")).isEqualTo("2026-06-14");
        assertThat(item.selectFirst(".status-asof").text()).isEqualTo("（以2026年6月10日计）");
        assertThat(item.hasClass("deadline-soon")).isTrue();
    }

    @Test
    void showsAPassedDeadlineAsClosed() {
        Element item = render(view(deadline(LocalDate.of(2026, 6, 9), null, List.of()), null)).selectFirst("li");

        assertThat(item.selectFirst(".status").text()).isEqualTo("已截止");
        assertThat(item.hasClass("deadline-closed")).isTrue();
    }

    @Test
    void linksWhereToSubmitWhenItIsAnEmailAddress() {
        Element item = render(view(deadline(LocalDate.of(2026, 7, 1), "kjj@example.cn", List.of()), "kjj@example.cn"))
                .selectFirst("li");

        Element link = item.selectFirst("dt:containsOwn(报送至) + dd a");
        assertThat(link.attr("href")).isEqualTo("mailto:kjj@example.cn");
        assertThat(link.text()).isEqualTo("kjj@example.cn");
    }

    @Test
    void showsAnOfficeToSubmitToAsText() {
        Element item = render(view(deadline(LocalDate.of(2026, 7, 1), "县科技局（社会事业综合楼403室）", List.of()), null))
                .selectFirst("li");

        Element where = item.selectFirst("dt:containsOwn(报送至) + dd");
        assertThat(where.text()).isEqualTo("县科技局（社会事业综合楼403室）");
        assertThat(where.select("a")).isEmpty();
    }

    @Test
    void listsTheMaterialsOneByOne() {
        Element item = render(view(deadline(LocalDate.of(2026, 7, 1), null, List.of("活动总结", "影像资料")), null))
                .selectFirst("li");

        assertThat(item.select("dt:containsOwn(报送材料) + dd li").eachText()).containsExactly("活动总结", "影像资料");
    }

    @Test
    void givesEachDeadlineItsAnchorAndALinkAddingItToACalendar() {
        Element item = render(view(deadline(LocalDate.of(2026, 7, 1), null, List.of()), null)).selectFirst("li");

        assertThat(item.id()).isEqualTo("deadline-abcdef12");
        Element link = item.selectFirst(".deadline-ics a");
        // Without the page script, the document's calendar; with it, the one event (CalendarItemIT).
        assertThat(link.attr("href")).isEqualTo("/notices/a/calendar.ics");
        assertThat(link.attr("data-event")).isEqualTo("abcdef12-0000-3000-8000-000000000002");
        assertThat(link.attr("data-file")).isEqualTo("deadline-abcdef12.ics");
        assertThat(link.text()).isEqualTo("添加到日历：报送活动总结");
    }

    @Test
    void keepsTheDeadlinesInTheOrderGiven() {
        Element html = render(view(new Deadline("甲", Moment.of(LocalDate.of(2026, 6, 12)), null, List.of(), 1), null),
                view(new Deadline("乙", Moment.of(LocalDate.of(2026, 6, 20)), null, List.of(), 2), null));

        assertThat(html.select("li.deadline h3").eachText()).containsExactly("甲", "乙");
    }
}
