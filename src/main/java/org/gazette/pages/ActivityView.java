package org.gazette.pages;

import org.gazette.content.ScheduleItem;

/**
 * An activity as its document's schedule shows it.
 *
 * @param item   the activity
 * @param anchor the id of its row, which calendars and other pages link to
 * @param ics    the path of its own iCalendar file, for adding just this activity
 */
public record ActivityView(ScheduleItem item, String anchor, String ics) {
}
