package org.gazette.content;

import java.util.List;

/**
 * One scheduled activity (活动安排) of a document.
 *
 * @param end   last moment, or null for a single moment or day
 * @param when  the document's own wording of the time, shown instead of the machine dates, or null
 * @param line  the line of the item in the source, for messages
 */
public record ScheduleItem(String title, Moment start, Moment end, String when, String location,
                           List<Organizer> organizers, String participants, String description, int line) {

    public ScheduleItem {
        organizers = List.copyOf(organizers);
    }
}
