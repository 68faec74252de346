package org.gazette.pages;

import java.util.List;
import org.gazette.content.Document;
import org.gazette.site.DeadlineStatus;

/**
 * The home page: the latest documents, the next activities and the open deadlines.
 *
 * @param latest     the newest documents
 * @param activities activities under way or upcoming, soonest first, with their anchors on their document page;
 *                   when none is ahead, the most recent past ones, latest first (never an empty box)
 * @param activitiesAhead whether {@code activities} are under way or upcoming rather than past
 * @param deadlines  deadlines not yet passed, soonest first, with their status; when none is open, the most
 *                   recently closed, latest first
 * @param deadlinesOpen whether {@code deadlines} are still open rather than closed
 */
public record HomePage(List<Document> latest, List<CalendarPage.Item> activities, boolean activitiesAhead,
                       List<UpcomingDeadline> deadlines, boolean deadlinesOpen) {

    public HomePage {
        latest = List.copyOf(latest);
        activities = List.copyOf(activities);
        deadlines = List.copyOf(deadlines);
    }

    /** A deadline on the home page, with its document, status and anchor on the document page. */
    public record UpcomingDeadline(org.gazette.site.DeadlineEntry entry, DeadlineStatus status, String anchor) {
    }
}
