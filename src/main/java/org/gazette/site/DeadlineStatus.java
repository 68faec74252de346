package org.gazette.site;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.gazette.content.Deadline;

/**
 * Where a deadline stands on the build day: open, closing soon (within a week), due today, or
 * closed. Computed at build time; a scheduled daily rebuild keeps it true, and the page's script
 * recomputes it in the reader's browser between builds. This is the rule's one home: the status
 * markup ({@code components/deadline-status.ftlh}) hands the script {@link #SOON_DAYS} as
 * {@code data-soon-days}, and {@code DeadlineStatusScriptIT} holds the script's words and keys to
 * this class in a real browser, day by day around a due date.
 *
 * @param key      {@code open}, {@code soon}, {@code today} or {@code closed}, for styling
 * @param label    the words shown, e.g. 即将截止
 * @param daysLeft whole days from the build day to the due day (negative once passed)
 */
public record DeadlineStatus(String key, String label, long daysLeft) {

    /** How many days before the due day a deadline counts as closing soon. */
    public static final int SOON_DAYS = 7;

    public static DeadlineStatus of(Deadline deadline, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, deadline.due().date());
        if (days < 0) {
            return new DeadlineStatus("closed", "已截止", days);
        }
        if (days == 0) {
            return new DeadlineStatus("today", "今天截止", 0);
        }
        if (days <= SOON_DAYS) {
            return new DeadlineStatus("soon", "即将截止", days);
        }
        return new DeadlineStatus("open", "报送中", days);
    }

    /** {@link #SOON_DAYS}, for templates: the status markup hands it to the page script. */
    public int soonDays() {
        return SOON_DAYS;
    }

    /** A short phrase for the days left: 还剩3天, or empty once closed. */
    public String daysText() {
        return daysLeft > 0 ? "还剩" + daysLeft + "天" : "";
    }
}
