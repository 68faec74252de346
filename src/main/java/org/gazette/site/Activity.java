package org.gazette.site;

import java.time.LocalDate;
import org.gazette.content.Document;
import org.gazette.content.ScheduleItem;

/**
 * A scheduled activity together with the document that announces it and the facts derived from it
 * once ({@link DocumentEvents}): its lasting identity, anchor and calendar file.
 *
 * @param index    the item's position in the document's (sorted) schedule, 0-based
 * @param identity its iCalendar UID and page anchor, which outlive reordering (see {@link EventIdentity})
 */
public record Activity(Document document, ScheduleItem item, int index, EventIdentity identity) {

    /** The id of the activity's row on its document's page, e.g. {@code activity-1f0c3a7e}. */
    public String anchor() {
        return identity.anchor();
    }

    /** The UUID of its event ({@code UID:<event>@host}), by which the page script offers just this activity. */
    public String event() {
        return identity.uuid().toString();
    }

    /** The iCalendar file that holds the activity: its document's calendar (there is no file per item). */
    public String calendar() {
        return CalendarPaths.document(document);
    }

    /** The last day the activity runs: its end date, or its start date for a single day. */
    public LocalDate lastDay() {
        return item.end() != null ? item.end().date() : item.start().date();
    }

    /** Upcoming or under way on the given day. */
    public boolean isCurrentOrUpcoming(LocalDate day) {
        return !lastDay().isBefore(day);
    }
}
