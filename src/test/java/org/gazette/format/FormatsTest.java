package org.gazette.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.gazette.content.Moment;
import org.junit.jupiter.api.Test;

/** Dates and periods shown the way Chinese official texts write them. */
class FormatsTest {

    final Formats fmt = new Formats();

    static Moment day(int year, int month, int day) {
        return Moment.of(LocalDate.of(year, month, day));
    }

    static Moment at(int year, int month, int day, int hour, int minute) {
        return new Moment(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    @Test
    void dateWithoutLeadingZeros() {
        assertThat(fmt.date(LocalDate.of(2022, 5, 4))).isEqualTo("2022年5月4日");
    }

    @Test
    void noDateIsEmpty() {
        assertThat(fmt.date(null)).isEmpty();
        assertThat(fmt.moment(null)).isEmpty();
    }

    @Test
    void timeWithoutALeadingZeroOnTheHour() {
        assertThat(fmt.time(LocalTime.of(9, 5))).isEqualTo("9:05");
        assertThat(fmt.time(LocalTime.of(14, 30))).isEqualTo("14:30");
    }

    @Test
    void momentWithAndWithoutTime() {
        assertThat(fmt.moment(day(2022, 5, 24))).isEqualTo("2022年5月24日");
        assertThat(fmt.moment(at(2022, 5, 24, 9, 30))).isEqualTo("2022年5月24日 9:30");
    }

    @Test
    void monthAndWeekday() {
        assertThat(fmt.month(LocalDate.of(2022, 5, 24))).isEqualTo("2022年5月");
        assertThat(fmt.weekday(LocalDate.of(2022, 5, 24))).isEqualTo("星期二");
        assertThat(fmt.weekday(LocalDate.of(2022, 5, 29))).isEqualTo("星期日");
    }

    @Test
    void rangeWithinAMonthNamesTheMonthOnce() {
        assertThat(fmt.range(day(2022, 5, 22), day(2022, 5, 31))).isEqualTo("2022年5月22日至31日");
    }

    @Test
    void rangeAcrossMonthsNamesTheYearOnce() {
        assertThat(fmt.range(day(2022, 5, 11), day(2022, 6, 10))).isEqualTo("2022年5月11日至6月10日");
    }

    @Test
    void rangeAcrossYearsNamesBothYears() {
        assertThat(fmt.range(day(2022, 12, 20), day(2023, 1, 5))).isEqualTo("2022年12月20日至2023年1月5日");
    }

    @Test
    void rangeWithinADayNamesTheDayOnce() {
        assertThat(fmt.range(at(2022, 5, 24, 9, 30), at(2022, 5, 24, 11, 30))).isEqualTo("2022年5月24日 9:30—11:30");
    }

    @Test
    void rangeWithTimesOnDifferentDays() {
        assertThat(fmt.range(at(2022, 5, 24, 9, 30), at(2022, 5, 25, 17, 0))).isEqualTo("2022年5月24日 9:30至25日 17:00");
    }

    @Test
    void rangeWithoutEndOrEndingAtItsStartIsOneMoment() {
        assertThat(fmt.range(day(2022, 5, 24), null)).isEqualTo("2022年5月24日");
        assertThat(fmt.range(day(2022, 5, 24), day(2022, 5, 24))).isEqualTo("2022年5月24日");
    }

    @Test
    void startOfDayForFeeds() {
        assertThat(fmt.startOfDay(LocalDate.of(2022, 5, 24), ZoneId.of("Asia/Shanghai"))).isEqualTo("2022-05-24T00:00:00+08:00");
    }
}
