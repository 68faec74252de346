package org.gazette.outputs;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
import org.gazette.site.Activity;
import org.gazette.site.DeadlineEntry;
import org.gazette.site.Urls;

/**
 * Writes {@link IcsCalendar}s as RFC 5545 files: built with ical4j, lines folded at 75 octets, CRLF
 * line ends, UTF-8. They are not validated here, which cost more than writing them; the tests read
 * every kind of file back with ical4j's strict parser and validator. Subscribed calendars are asked to refresh twice a day, both in the RFC 7986
 * way and in the older {@code X-PUBLISHED-TTL} way that Outlook and Apple read.
 *
 * <p>One writer serves a whole build and may be used from several threads: it keeps the site's
 * settings, the VTIMEZONE, which is looked up once, and each event once written, for every other
 * calendar that holds it. The events of the subscription calendars are also handed to the
 * {@link IcsKeptEvents} that outlive the build, and taken from there when the last build made them.
 */
final class IcsWriter {

    static final String PRODUCT = "-//Gazette//活动日历//ZH";
    private static final byte[] END_BYTES = (Calendar.END + ':' + Calendar.VCALENDAR + "\r\n").getBytes(StandardCharsets.UTF_8);
    private static final Duration REFRESH = Duration.ofHours(12);

    private final ZoneId zone;
    private final Header header;
    /** The site zone's VTIMEZONE as text, or null when ical4j has none (times are then in UTC). */
    private final String timeZone;
    /** What an empty calendar holds: the site's zone, or UTC's when the site's is unknown. */
    private final String emptyFiller;
    private final Urls urls;
    private final IcsEvents events;
    /**
     * Each event, folded, by the activity or deadline it shows: an event appears in its own file,
     * its document's, its campaign's, its agencies' and the site's calendar, and is made once.
     */
    private final Map<Object, byte[]> foldedEvents = new ConcurrentHashMap<>();
    /** The events of subscription calendars, kept across a preview's builds; null to keep none. */
    private final IcsKeptEvents kept;

    /** A writer for one build that keeps nothing across builds. */
    IcsWriter(ZoneId zone, Urls urls, LocalDate buildDay) {
        this(zone, urls, buildDay, null);
    }

    /** @param kept the events of subscription calendars kept across builds, or null */
    IcsWriter(ZoneId zone, Urls urls, LocalDate buildDay, IcsKeptEvents kept) {
        this.zone = zone;
        this.header = Header.of(zone);
        VTimeZone definition = IcsTimeZones.of(zone);
        this.timeZone = definition == null ? null : definition.toString();
        this.emptyFiller = timeZone != null ? timeZone : IcsTimeZones.of(ZoneId.of("Etc/UTC")).toString();
        this.urls = urls;
        this.events = new IcsEvents(zone, definition != null, urls, buildDay);
        this.kept = kept;
    }

    private IcsWriter(IcsWriter settings) {
        this.zone = settings.zone;
        this.header = settings.header;
        this.timeZone = settings.timeZone;
        this.emptyFiller = settings.emptyFiller;
        this.urls = settings.urls;
        this.events = settings.events;
        this.kept = null;
    }

    /**
     * A writer of the same settings that remembers no event: what a file already written holds on to,
     * so a plan kept across a preview's builds does not keep every event a build made.
     */
    IcsWriter forgetful() {
        return new IcsWriter(this);
    }

    /** The file's bytes. */
    byte[] write(IcsCalendar source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + 700 * (source.activities().size() + source.deadlines().size()));
        // The calendar's own lines, as ical4j's Calendar prints them in this order, then the time
        // zone and the events, then its closing line. The lines every file shares are made once.
        out.writeBytes(header.opening);
        out.writeBytes(IcsFolding.fold(new Name(source.name()).toString()
                + new XProperty("X-WR-CALNAME", source.name())));
        out.writeBytes(header.zone);
        out.writeBytes(IcsFolding.fold(new Url(URI.create(urls.absolute(source.pagePath())))
                + new Source(new ParameterList(List.of(Value.URI)), urls.absolute(source.filePath())).toString()));
        out.writeBytes(header.refresh);
        String definition = timeZoneFor(source);
        if (definition != null) {
            out.writeBytes(IcsFolding.fold(definition));
        }
        for (Activity activity : source.activities()) {
            out.writeBytes(event(activity, source.subscription(), () -> events.activity(activity)));
        }
        for (DeadlineEntry entry : source.deadlines()) {
            out.writeBytes(event(entry, source.subscription(), () -> events.deadline(entry)));
        }
        out.writeBytes(END_BYTES);
        return out.toByteArray();
    }

    /**
     * The folded lines of a calendar's header that are the same in every file of a build, printed by
     * ical4j once: building a {@link Calendar} and printing all its properties for each of thousands
     * of files cost more than its four lines that differ.
     */
    private record Header(byte[] opening, byte[] zone, byte[] refresh) {

        static Header of(ZoneId zone) {
            return new Header(
                    fold(Calendar.BEGIN + ':' + Calendar.VCALENDAR + "\r\n", new ProdId(PRODUCT), ImmutableVersion.VERSION_2_0,
                            ImmutableCalScale.GREGORIAN),
                    fold("", new XProperty("X-WR-TIMEZONE", zone.getId())),
                    fold("", new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH),
                            new XProperty("X-PUBLISHED-TTL", "PT12H")));
        }

        private static byte[] fold(String start, Property... properties) {
            StringBuilder text = new StringBuilder(start);
            for (Property property : properties) {
                text.append(property);
            }
            return IcsFolding.fold(text.toString());
        }
    }

    /**
     * An event's folded text: made earlier in this build or now; for a subscription calendar, kept
     * from the last build when it was, and kept for the next.
     */
    private byte[] event(Object item, boolean subscription, Supplier<VEvent> make) {
        if (!subscription || kept == null) {
            return foldedEvents.computeIfAbsent(item, i -> IcsFolding.fold(make.get().toString()));
        }
        byte[] text = kept.get(item);
        if (text == null) {
            text = foldedEvents.computeIfAbsent(item, i -> IcsFolding.fold(make.get().toString()));
            kept.keep(item, text);
        }
        return text;
    }

    /**
     * The VTIMEZONE when a time refers to it, and for an empty calendar, which RFC 5545 does not
     * allow without a component: a subscription made today still works when activities come. The
     * definition is ical4j's, written once per build: writing it for each of tens of thousands of
     * files took most of the time.
     */
    private String timeZoneFor(IcsCalendar source) {
        boolean timed = source.activities().stream().anyMatch(a -> IcsEvents.isTimed(a.item()))
                || source.deadlines().stream().anyMatch(d -> d.deadline().due().hasTime());
        return timed && timeZone != null ? timeZone : source.isEmpty() ? emptyFiller : null;
    }
}
