package org.gazette.pages;

import java.util.List;
import org.gazette.markup.SafeHtml;

/**
 * What a document's page shows of its dates besides the deadlines: its activities with their
 * anchors and single-event files, the calendar file of all its activities and deadlines, and the
 * schema.org events for search engines.
 *
 * <p>The JSON-LD is written when the page is rendered, from what it is made of: every document
 * page's model is kept across the preview's rebuilds, and the written JSON-LD of 10,000 pages held
 * some 35 MB (docs/performance.md).
 *
 * @param activities the schedule in start order
 * @param file       the path of the document's iCalendar file, or null when it has nothing dated
 * @param events     what the schema.org events are made of, or null when there are none
 */
public record DocumentCalendar(List<ActivityView> activities, String file, EventStructuredData.Source events) {

    public static final DocumentCalendar NONE = new DocumentCalendar(List.of(), null, null);

    public DocumentCalendar {
        activities = List.copyOf(activities);
    }

    /** JSON-LD for a {@code <script type="application/ld+json">}, safe inside it; empty without activities. */
    public SafeHtml structuredData() {
        return events == null ? SafeHtml.EMPTY : events.json();
    }
}
