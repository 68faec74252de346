package org.gazette.site;

import java.time.LocalDate;
import org.gazette.content.Document;
import org.gazette.content.ScheduleItem;

/**
 * A scheduled activity together with the document that announces it.
 *
 * @param index the item's position in the document's (sorted) schedule, 0-based; with the
 *              document it identifies the activity across builds
 */
public record Activity(Document document, ScheduleItem item, int index) {

    /** The last day the activity runs: its end date, or its start date for a single day. */
    public LocalDate lastDay() {
        return item.end() != null ? item.end().date() : item.start().date();
    }

    /** Upcoming or under way on the given day. */
    public boolean isCurrentOrUpcoming(LocalDate day) {
        return !lastDay().isBefore(day);
    }
}
