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
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.gazette.content.Document;
import org.gazette.site.Activity;
import org.gazette.site.DeadlineEntry;
import org.gazette.site.EventIdentity;
import org.gazette.site.Urls;

/**
 * Writes {@link IcsCalendar}s as RFC 5545 files: validated by ical4j, lines folded at 75 octets,
 * CRLF line ends, UTF-8. Subscribed calendars are asked to refresh twice a day, both in the RFC 7986
 * way and in the older {@code X-PUBLISHED-TTL} way that Outlook and Apple read.
 *
 * <p>One writer serves a whole build and may be used from several threads: it keeps only the site's
 * settings and the VTIMEZONE, which is looked up once.
 */
final class IcsWriter {

    static final String PRODUCT = "-//Gazette//活动日历//ZH";
    private static final Duration REFRESH = Duration.ofHours(12);

    private final ZoneId zone;
    private final VTimeZone timeZone;
    private final VTimeZone emptyFiller;
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
        this.timeZone = IcsTimeZones.of(zone);
        this.emptyFiller = timeZone != null ? timeZone : IcsTimeZones.of(ZoneId.of("Etc/UTC"));
        this.urls = urls;
        this.events = new IcsEvents(zone, timeZone != null, urls, buildDay);
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
        // The zone is defined when a time refers to it, and in an empty calendar, which RFC 5545 does
        // not allow without a component: a subscription made today still works when activities come.
        boolean timed = source.activities().stream().anyMatch(a -> IcsEvents.isTimed(a.item()))
                || source.deadlines().stream().anyMatch(d -> d.deadline().due().hasTime());
        if (timeZone != null && timed) {
            calendar.add(timeZone);
        } else if (source.isEmpty()) {
            calendar.add(emptyFiller);
        }
        for (Activity activity : source.activities()) {
            EventIdentity identity = identities.apply(activity.document()).activities().get(activity.index());
            calendar.add(events.activity(activity.document(), activity.item(), identity));
        }
        for (DeadlineEntry entry : source.deadlines()) {
            EventIdentity identity = identities.apply(entry.document()).deadlines().get(entry.index());
            calendar.add(events.deadline(entry.document(), entry.deadline(), identity));
        }
        validate(calendar, source);
        return IcsFolding.fold(calendar.toString());
    }

    private static void validate(Calendar calendar, IcsCalendar source) {
        ValidationResult result;
        try {
            result = calendar.validate();
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid calendar " + source.filePath() + ": " + e.getMessage(), e);
        }
        if (result.hasErrors()) {
            throw new IllegalStateException("invalid calendar " + source.filePath() + ": " + result.getEntries());
        }
    }
}
