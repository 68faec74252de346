package org.gazette.site;

import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Document;

/**
 * A document's activities and deadlines with the facts derived from them, worked out once per
 * document: each item's {@link EventIdentity} (UID and anchor) and the calendar file that holds
 * them all. The document's page, the site's lists and calendars, the iCalendar files and the
 * schema.org events all read these, never their own copy of the rule.
 *
 * @param activities the schedule in start order (the document's order)
 * @param deadlines  the deadlines in due order (the document's order)
 * @param calendar   the path of the document's iCalendar file, or null when it has nothing dated
 */
public record DocumentEvents(List<Activity> activities, List<DeadlineEntry> deadlines, String calendar) {

    public DocumentEvents {
        activities = List.copyOf(activities);
        deadlines = List.copyOf(deadlines);
    }

    /** The dated items of a document; cheap enough to make again, but {@link SiteIndex} keeps one per document. */
    public static DocumentEvents of(Document document) {
        List<EventIdentity> activityIds = EventIdentity.activities(document);
        List<EventIdentity> deadlineIds = EventIdentity.deadlines(document);
        List<Activity> activities = new ArrayList<>(activityIds.size());
        for (int i = 0; i < activityIds.size(); i++) {
            activities.add(new Activity(document, document.schedule().get(i), i, activityIds.get(i)));
        }
        List<DeadlineEntry> deadlines = new ArrayList<>(deadlineIds.size());
        for (int i = 0; i < deadlineIds.size(); i++) {
            deadlines.add(new DeadlineEntry(document, document.deadlines().get(i), i, deadlineIds.get(i)));
        }
        boolean dated = !activities.isEmpty() || !deadlines.isEmpty();
        return new DocumentEvents(activities, deadlines, dated ? CalendarPaths.document(document) : null);
    }

    /** True when the document has neither activities nor deadlines (and so no calendar file). */
    public boolean isEmpty() {
        return calendar == null;
    }
}
