package org.gazette.pages;

import java.util.List;
import org.gazette.markup.SafeHtml;

/**
 * What a document's page shows of its dates besides the deadlines: its activities with their
 * anchors and single-event files, the calendar file of all its activities and deadlines, and the
 * schema.org events for search engines.
 *
 * @param activities     the schedule in start order
 * @param file           the path of the document's iCalendar file, or null when it has nothing dated
 * @param structuredData JSON-LD for a {@code <script type="application/ld+json">}, safe inside it; empty without activities
 */
public record DocumentCalendar(List<ActivityView> activities, String file, SafeHtml structuredData) {

    public static final DocumentCalendar NONE = new DocumentCalendar(List.of(), null, SafeHtml.EMPTY);

    public DocumentCalendar {
        activities = List.copyOf(activities);
    }
}
