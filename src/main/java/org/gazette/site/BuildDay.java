package org.gazette.site;

import java.time.Clock;
import java.time.DateTimeException;
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
            } catch (NumberFormatException | DateTimeException e) {
                throw new InvalidSourceDateEpoch(sourceDateEpoch);
            }
        }
        return LocalDate.now(clock.withZone(zone));
    }

    public static LocalDate resolve(ZoneId zone) {
        return resolve(zone, System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC());
    }

    /**
     * {@code SOURCE_DATE_EPOCH} is set to something that is not a moment: the operator's setting,
     * not the content, is wrong, so the command line reports it as a wrong invocation (exit 2).
     */
    public static final class InvalidSourceDateEpoch extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        InvalidSourceDateEpoch(String value) {
            super("环境变量 SOURCE_DATE_EPOCH 应是从 1970-01-01 00:00 UTC 起的整秒数（例如 1653350400 表示 2022-05-24），"
                    + "现在是“" + value.strip() + "”");
        }

        /** What the operator can do about it. */
        public String hint() {
            return "改为整秒数（可用 date -d 2022-05-24 +%s 算出），或删除这个环境变量，按当天构建";
        }
    }
}
