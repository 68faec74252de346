package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Reading the dates editors write, and explaining the ones that cannot be read. */
class DatesTest {

    @Test
    void readsAnIsoDate() {
        assertThat(Dates.parseDate("2022-05-24").value()).isEqualTo(LocalDate.of(2022, 5, 24));
    }

    @Test
    void readsAnIsoDateWithoutLeadingZeros() {
        assertThat(Dates.parseDate("2022-5-4").value()).isEqualTo(LocalDate.of(2022, 5, 4));
    }

    @Test
    void acceptsTheLastDayOfFebruaryInALeapYear() {
        assertThat(Dates.parseDate("2024-02-29").ok()).isTrue();
    }

    @Test
    void explainsADayThatDoesNotExist() {
        Dates.Result<LocalDate> result = Dates.parseDate("2022-02-30");

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).isEqualTo("日期不存在：2022年2月没有30日");
        assertThat(result.hint()).contains("2022-02-28");
    }

    @Test
    void explainsAMonthThatDoesNotExist() {
        assertThat(Dates.parseDate("2022-13-01").message()).contains("月份“13”不存在");
    }

    @Test
    void proposesTheIsoFormOfAChineseDate() {
        Dates.Result<LocalDate> result = Dates.parseDate("2022年5月24日");

        assertThat(result.message()).contains("中文格式");
        assertThat(result.hint()).startsWith("写成 2022-05-24");
    }

    @Test
    void proposesTheIsoFormOfAChineseDateWithSpacesAndHao() {
        assertThat(Dates.parseDate("2022 年 5 月 24 号").hint()).startsWith("写成 2022-05-24");
    }

    @Test
    void proposesTheIsoFormOfSlashAndDotDates() {
        assertThat(Dates.parseDate("2022/5/24").hint()).startsWith("写成 2022-05-24");
        assertThat(Dates.parseDate("2022.05.24").hint()).startsWith("写成 2022-05-24");
    }

    @Test
    void explainsAChineseDateThatDoesNotExist() {
        assertThat(Dates.parseDate("2022年2月30日").message()).contains("2022年2月没有30日");
    }

    @Test
    void refusesATimeWhereOnlyADateIsAllowed() {
        Dates.Result<LocalDate> result = Dates.parseDate("2022-05-24 09:30");

        assertThat(result.message()).contains("只能写日期");
        assertThat(result.hint()).isEqualTo("写成 2022-05-24");
    }

    @Test
    void explainsTextThatIsNoDateAtAll() {
        Dates.Result<LocalDate> result = Dates.parseDate("5月中旬");

        assertThat(result.message()).contains("不是可识别的日期");
        assertThat(result.hint()).contains("2022-05-24");
    }

    @Test
    void readsAMomentWithoutTime() {
        assertThat(Dates.parseMoment("2022-05-24").value()).isEqualTo(Moment.of(LocalDate.of(2022, 5, 24)));
    }

    @Test
    void readsAMomentWithTime() {
        assertThat(Dates.parseMoment("2022-05-24 09:30").value())
                .isEqualTo(new Moment(LocalDate.of(2022, 5, 24), LocalTime.of(9, 30)));
        assertThat(Dates.parseMoment("2022-05-24T9:30").value())
                .isEqualTo(new Moment(LocalDate.of(2022, 5, 24), LocalTime.of(9, 30)));
    }

    @Test
    void explainsATimeThatDoesNotExist() {
        Dates.Result<Moment> result = Dates.parseMoment("2022-05-24 24:30");

        assertThat(result.message()).contains("不存在");
        assertThat(result.hint()).contains("24 小时制");
    }

    @Test
    void proposesTheTwentyFourHourFormOfAnAfternoonTime() {
        assertThat(Dates.parseMoment("2022年5月24日下午2:30").hint()).startsWith("写成 2022-05-24 14:30");
    }

    @Test
    void proposesAWholeHourForATimeWrittenWithDian() {
        assertThat(Dates.parseMoment("2022年5月24日上午9点").hint()).startsWith("写成 2022-05-24 09:00");
    }

    @Test
    void pointsOutAFullWidthColonInATime() {
        Dates.Result<Moment> result = Dates.parseMoment("2022-05-24 09：30");

        assertThat(result.message()).contains("全角冒号");
        assertThat(result.hint()).contains("2022-05-24 09:30");
    }

    @Test
    void suggestsTheWhenFieldForAFuzzyPeriod() {
        assertThat(Dates.parseMoment("5月中旬").hint()).contains("when");
    }
}
