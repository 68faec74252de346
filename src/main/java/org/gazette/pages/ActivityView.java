package org.gazette.pages;

import org.gazette.content.ScheduleItem;
import org.gazette.site.Activity;

/**
 * An activity as its document's schedule shows it.
 *
 * @param item   the activity
 * @param anchor the id of its row, which calendars and other pages link to
 * @param ics    the path of its document's iCalendar file, which holds this activity
 * @param event  the UUID of its event in that file ({@code UID:<event>@host}), by which the page
 *               script offers just this activity (assets/js/site.js)
 */
public record ActivityView(ScheduleItem item, String anchor, String ics, String event) {

    /** The view of an activity as the site model derived it. */
    public static ActivityView of(Activity activity) {
        return new ActivityView(activity.item(), activity.anchor(), activity.calendar(), activity.event());
    }
}
