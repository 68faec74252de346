package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The build day comes from {@code SOURCE_DATE_EPOCH} when set, else from the clock, in the site's time zone. */
class BuildDayTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Clock LATER = Clock.fixed(Instant.parse("2030-01-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void takesTheDayFromSourceDateEpoch() {
        // 2022-05-24T00:00:00Z
        assertThat(BuildDay.resolve(SHANGHAI, "1653350400", LATER)).isEqualTo(LocalDate.of(2022, 5, 24));
    }

    @Test
    void readsSourceDateEpochInTheSiteTimeZone() {
        // 2022-05-23T16:00:00Z is already midnight of the 24th in Beijing.
        assertThat(BuildDay.resolve(SHANGHAI, "1653321600", LATER)).isEqualTo(LocalDate.of(2022, 5, 24));
        assertThat(BuildDay.resolve(ZoneOffset.UTC, "1653321600", LATER)).isEqualTo(LocalDate.of(2022, 5, 23));
    }

    @Test
    void toleratesSpacesAroundSourceDateEpoch() {
        assertThat(BuildDay.resolve(SHANGHAI, " 1653350400\n", LATER)).isEqualTo(LocalDate.of(2022, 5, 24));
    }

    @Test
    void fallsBackToTheClockWhenSourceDateEpochIsUnsetOrBlank() {
        assertThat(BuildDay.resolve(SHANGHAI, null, LATER)).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(BuildDay.resolve(SHANGHAI, "", LATER)).isEqualTo(LocalDate.of(2030, 1, 1));
    }

    @Test
    void readsTheClockInTheSiteTimeZone() {
        Clock lateEvening = Clock.fixed(Instant.parse("2022-05-23T20:00:00Z"), ZoneOffset.UTC);

        assertThat(BuildDay.resolve(SHANGHAI, null, lateEvening)).isEqualTo(LocalDate.of(2022, 5, 24));
    }

    @Test
    void rejectsASourceDateEpochThatIsNotANumber() {
        assertThatThrownBy(() -> BuildDay.resolve(SHANGHAI, "2022-05-24", LATER))
                .isInstanceOf(BuildDay.InvalidSourceDateEpoch.class)
                .hasMessageContaining("SOURCE_DATE_EPOCH").hasMessageContaining("整秒数").hasMessageContaining("2022-05-24");
    }

    @Test
    void rejectsASourceDateEpochBeyondAnyCalendarDay() {
        assertThatThrownBy(() -> BuildDay.resolve(SHANGHAI, "99999999999999999", LATER))
                .isInstanceOf(BuildDay.InvalidSourceDateEpoch.class);
    }
}
