package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** A date or a date with a time: ordered, and written back as editors write it. */
class MomentTest {

    static final Moment DAY = Moment.of(LocalDate.of(2022, 5, 24));
    static final Moment MORNING = new Moment(LocalDate.of(2022, 5, 24), LocalTime.of(9, 30));

    @Test
    void aWholeDaySortsBeforeTimesOfThatDay() {
        assertThat(DAY).isLessThan(MORNING);
        assertThat(MORNING).isLessThan(Moment.of(LocalDate.of(2022, 5, 25)));
    }

    @Test
    void writesItselfAsEditorsDo() {
        assertThat(DAY).hasToString("2022-05-24");
        assertThat(MORNING).hasToString("2022-05-24 09:30");
    }

    @Test
    void givesTheHtmlDatetimeValue() {
        assertThat(DAY.isoValue()).isEqualTo("2022-05-24");
        assertThat(MORNING.isoValue()).isEqualTo("2022-05-24T09:30");
    }
}
