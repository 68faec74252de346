package org.gazette.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.content.Moment;
import org.gazette.content.Organizer;
import org.gazette.content.ScheduleItem;
import org.gazette.markup.SafeHtml;
import org.gazette.site.Activity;
import org.gazette.site.Urls;

/**
 * The schema.org {@code Event}s of a document's schedule as JSON-LD, so search engines can show the
 * activities with their dates and places, written by {@link JsonLd} so no text an editor writes can
 * close the script element it is printed in.
 *
 * <p>An event states only the end its notice gives. The calendar files give a timed activity without
 * an end an hour so calendar apps can draw it; a search result would show that hour as a fact, while
 * the page itself shows only the start, so here such an event has a start and no end.
 */
public final class EventStructuredData {

    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private EventStructuredData() {
    }

    /** What a document's JSON-LD is made of, kept in its page's model in place of the written JSON. */
    public record Source(Document document, List<Activity> activities, Urls urls, ZoneId zone) {

        public Source {
            activities = List.copyOf(activities);
        }

        SafeHtml json() {
            return of(document, activities, urls, zone);
        }
    }

    /** The JSON-LD of a document's activities (each linked by its anchor), or empty when it has none. */
    public static SafeHtml of(Document document, List<Activity> activities, Urls urls, ZoneId zone) {
        if (activities.isEmpty()) {
            return SafeHtml.EMPTY;
        }
        List<Event> events = new ArrayList<>();
        for (Activity activity : activities) {
            String url = urls.absolutePage(document) + "#" + activity.anchor();
            events.add(event(activity.item(), url, zone));
        }
        return JsonLd.write(new Graph("https://schema.org", events));
    }

    private static Event event(ScheduleItem item, String url, ZoneId zone) {
        List<Organization> organizers = item.organizers().stream().map(Organizer::name).map(Organization::new).toList();
        String description = item.when() == null ? item.description()
                : "时间：" + item.when() + (item.description() == null ? "" : "。" + item.description());
        return new Event(item.title(), date(item.start(), zone), item.end() == null ? null : date(item.end(), zone),
                item.location() == null ? null : new Place(item.location()), organizers.isEmpty() ? null : organizers,
                url, "https://schema.org/EventScheduled", description);
    }

    /** {@code 2022-05-24} for a day, {@code 2022-05-24T09:30:00+08:00} for a time. */
    private static String date(Moment moment, ZoneId zone) {
        return moment.hasTime() ? moment.atZone(zone).toOffsetDateTime().format(OFFSET_TIME) : moment.date().toString();
    }

    private record Graph(@JsonProperty("@context") String context, @JsonProperty("@graph") List<Event> graph) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Event(@JsonProperty("@type") String type, String name, String startDate, String endDate,
                         Place location, List<Organization> organizer, String url, String eventStatus,
                         String description) {
        Event(String name, String startDate, String endDate, Place location, List<Organization> organizer,
              String url, String eventStatus, String description) {
            this("Event", name, startDate, endDate, location, organizer, url, eventStatus, description);
        }
    }

    private record Place(@JsonProperty("@type") String type, String name) {
        Place(String name) {
            this("Place", name);
        }
    }

    private record Organization(@JsonProperty("@type") String type, String name) {
        Organization(String name) {
            this("Organization", name);
        }
    }
}
