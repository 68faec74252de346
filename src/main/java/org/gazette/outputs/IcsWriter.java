package org.gazette.outputs;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Source;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.gazette.content.Document;
import org.gazette.site.Activity;
import org.gazette.site.DeadlineEntry;
import org.gazette.site.EventIdentity;
import org.gazette.site.Urls;

/**
 * Writes {@link IcsCalendar}s as RFC 5545 files: built with ical4j, lines folded at 75 octets, CRLF
 * line ends, UTF-8. They are not validated here, which cost more than writing them; the tests read
 * every kind of file back with ical4j's strict parser and validator. Subscribed calendars are asked to refresh twice a day, both in the RFC 7986
 * way and in the older {@code X-PUBLISHED-TTL} way that Outlook and Apple read.
 *
 * <p>One writer serves a whole build and may be used from several threads: it keeps only the site's
 * settings and the VTIMEZONE, which is looked up once.
 */
final class IcsWriter {

    static final String PRODUCT = "-//Gazette//活动日历//ZH";
    private static final Duration REFRESH = Duration.ofHours(12);

    private final ZoneId zone;
    /** The site zone's VTIMEZONE as text, or null when ical4j has none (times are then in UTC). */
    private final String timeZone;
    /** What an empty calendar holds: the site's zone, or UTC's when the site's is unknown. */
    private final String emptyFiller;
    private final Urls urls;
    private final IcsEvents events;
    private final Function<Document, Identities> identities;

    /** The identities of one document's activities and deadlines, in list order. */
    record Identities(List<EventIdentity> activities, List<EventIdentity> deadlines) {

        static Identities of(Document document) {
            return new Identities(EventIdentity.activities(document), EventIdentity.deadlines(document));
        }
    }

    /**
     * @param identities the identities of a document's items; the caller may cache them
     */
    IcsWriter(ZoneId zone, Urls urls, LocalDate buildDay, Function<Document, Identities> identities) {
        this.zone = zone;
        VTimeZone definition = IcsTimeZones.of(zone);
        this.timeZone = definition == null ? null : definition.toString();
        this.emptyFiller = timeZone != null ? timeZone : IcsTimeZones.of(ZoneId.of("Etc/UTC")).toString();
        this.urls = urls;
        this.events = new IcsEvents(zone, definition != null, urls, buildDay);
        this.identities = identities;
    }

    /** The file's bytes. */
    byte[] write(IcsCalendar source) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(source.name()));
        calendar.add(new XProperty("X-WR-CALNAME", source.name()));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(new Url(URI.create(urls.absolute(source.pagePath()))));
        calendar.add(new Source(new ParameterList(List.of(Value.URI)), urls.absolute(source.filePath())));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT12H"));
        for (Activity activity : source.activities()) {
            EventIdentity identity = identities.apply(activity.document()).activities().get(activity.index());
            calendar.add(events.activity(activity.document(), activity.item(), identity));
        }
        for (DeadlineEntry entry : source.deadlines()) {
            EventIdentity identity = identities.apply(entry.document()).deadlines().get(entry.index());
            calendar.add(events.deadline(entry.document(), entry.deadline(), identity));
        }
        return IcsFolding.fold(withTimeZone(calendar.toString(), source));
    }

    /**
     * Adds the VTIMEZONE when a time refers to it, and to an empty calendar, which RFC 5545 does not
     * allow without a component: a subscription made today still works when activities come. The
     * definition is ical4j's, written once per build: writing it for each of tens of thousands of
     * files took most of the time.
     */
    private String withTimeZone(String text, IcsCalendar source) {
        boolean timed = source.activities().stream().anyMatch(a -> IcsEvents.isTimed(a.item()))
                || source.deadlines().stream().anyMatch(d -> d.deadline().due().hasTime());
        String definition = timed && timeZone != null ? timeZone : source.isEmpty() ? emptyFiller : null;
        if (definition == null) {
            return text;
        }
        // A whole line BEGIN:VEVENT can only start a component: line breaks in values are escaped.
        int components = text.indexOf("\r\nBEGIN:VEVENT\r\n");
        if (components < 0) {
            components = text.lastIndexOf("\r\nEND:VCALENDAR\r\n");
        }
        return text.substring(0, components + 2) + definition + text.substring(components + 2);
    }
}
