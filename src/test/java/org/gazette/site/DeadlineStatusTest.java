package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.gazette.content.Deadline;
import org.gazette.content.Moment;
import org.junit.jupiter.api.Test;

/** Where a deadline stands on a build day: never open once its day has passed. */
class DeadlineStatusTest {

    private static final Deadline DUE_JUNE_14 = new Deadline("报送活动总结", Moment.of(LocalDate.of(2026, 6, 14)), null, List.of(), 1);

    private static DeadlineStatus on(int month, int day) {
        return DeadlineStatus.of(DUE_JUNE_14, LocalDate.of(2026, month, day));
    }

    @Test
    void isOpenWithTheDaysLeftMoreThanAWeekBefore() {
        DeadlineStatus status = on(6, 6);

        assertThat(status.key()).isEqualTo("open");
        assertThat(status.label()).isEqualTo("报送中");
        assertThat(status.daysText()).isEqualTo("还剩8天");
    }

    @Test
    void isClosingSoonSevenDaysBefore() {
        DeadlineStatus status = on(6, 7);

        assertThat(status.key()).isEqualTo("soon");
        assertThat(status.label()).isEqualTo("即将截止");
        assertThat(status.daysText()).isEqualTo("还剩7天");
    }

    @Test
    void isClosingSoonTheDayBefore() {
        assertThat(on(6, 13).key()).isEqualTo("soon");
        assertThat(on(6, 13).daysText()).isEqualTo("还剩1天");
    }

    @Test
    void isDueTodayOnTheDay() {
        DeadlineStatus status = on(6, 14);

        assertThat(status.key()).isEqualTo("today");
        assertThat(status.label()).isEqualTo("今天截止");
        assertThat(status.daysText()).isEmpty();
    }

    @Test
    void isClosedTheDayAfter() {
        DeadlineStatus status = on(6, 15);

        assertThat(status.key()).isEqualTo("closed");
        assertThat(status.label()).isEqualTo("已截止");
        assertThat(status.daysText()).isEmpty();
    }

    @Test
    void isDueTodayAllDayEvenWithADueTime() {
        Deadline atFive = new Deadline("报送", new Moment(LocalDate.of(2026, 6, 14), LocalTime.of(17, 0)), null, List.of(), 1);

        assertThat(DeadlineStatus.of(atFive, LocalDate.of(2026, 6, 14)).key()).isEqualTo("today");
    }
}
