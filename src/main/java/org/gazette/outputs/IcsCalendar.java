package org.gazette.outputs;

import java.util.List;
import java.util.Objects;
import org.gazette.site.Activity;
import org.gazette.site.DeadlineEntry;

/**
 * What one iCalendar file holds.
 *
 * @param name        the calendar's name as phones show it, e.g. 2022年全国科技活动周
 * @param pagePath    the page the calendar belongs to, below the site root
 * @param filePath    where the file is published, below the site root
 * @param activities  its activities, in start order
 * @param deadlines   its deadlines, in due order
 * @param origin      the source that asked for the file, for messages
 * @param subscription true for a calendar that gathers a window of the whole site's events (the
 *                     site's, an agency's): its events' text is kept for the preview's next build
 */
record IcsCalendar(String name, String pagePath, String filePath, List<Activity> activities,
                   List<DeadlineEntry> deadlines, String origin, boolean subscription) {

    IcsCalendar {
        Objects.requireNonNull(name, "name");
        activities = List.copyOf(activities);
        deadlines = List.copyOf(deadlines);
    }

    boolean isEmpty() {
        return activities.isEmpty() && deadlines.isEmpty();
    }
}
