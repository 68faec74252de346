package org.gazette.site;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day a build is made, in the site's time zone: what "upcoming", "已截止" and "已失效" are
 * measured against. Taken from {@code SOURCE_DATE_EPOCH} when set, so a build can be reproduced
 * byte for byte; only the day is used, so two builds on the same day are identical too.
 */
public final class BuildDay {

    private BuildDay() {
    }

    /** The build day from {@code SOURCE_DATE_EPOCH} if set, else from the clock. */
    public static LocalDate resolve(ZoneId zone, String sourceDateEpoch, Clock clock) {
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())).atZone(zone).toLocalDate();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds, not '" + sourceDateEpoch + "'");
            }
        }
        return LocalDate.now(clock.withZone(zone));
    }

    public static LocalDate resolve(ZoneId zone) {
        return resolve(zone, System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC());
    }
}
