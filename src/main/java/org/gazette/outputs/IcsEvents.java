package org.gazette.outputs;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.gazette.content.Deadline;
import org.gazette.content.Document;
import org.gazette.content.Moment;
import org.gazette.content.Organizer;
import org.gazette.content.ScheduleItem;
import org.gazette.format.Formats;
import org.gazette.site.Activity;
import org.gazette.site.DeadlineEntry;
import org.gazette.site.EventIdentity;
import org.gazette.site.Urls;

/**
 * Turns activities and deadlines into iCalendar events.
 *
 * <ul>
 *   <li>An activity with a start time (and an end time on the same day, or none) is a timed event in
 *       the site's zone. Without an end time it lasts {@link #ASSUMED_LENGTH}: RFC 5545 makes an
 *       event without DTEND last no time at all, which calendar apps draw as a sliver that cannot be
 *       read or tapped; an hour is the length Google Calendar and Apple Calendar give a new event.
 *       It is written as a DTEND rather than a DURATION because every calendar app reads DTEND. Every other activity, one day or many, is an all-day event: DATE values, the
 *       DTEND the day after the last day (exclusive, RFC 5545 §3.6.1), and transparent so a
 *       month-long campaign does not mark the reader busy.</li>
 *   <li>A deadline is an all-day event on its due day, or a timed one at its due time, with a
 *       reminder the day before. A timed deadline is a moment, not a stretch of time, so it has no end.</li>
 *   <li>DTSTAMP is the start of the build day, so a file depends only on the sources and the day.</li>
 * </ul>
 */
final class IcsEvents {

    /** How long a timed activity whose notice gives no end time lasts in a calendar app. */
    static final Duration ASSUMED_LENGTH = Duration.ofHours(1);

    private final ZoneId zone;
    private final boolean zoneDefined;
    private final Urls urls;
    private final String host;
    private final Instant stamp;
    private final Formats fmt = new Formats();

    /**
     * @param zone        the site's time zone
     * @param zoneDefined whether the calendar carries the zone's VTIMEZONE; times are written in UTC otherwise
     * @param urls        for links back to the documents
     * @param buildDay    the build day, whose start is every event's DTSTAMP
     */
    IcsEvents(ZoneId zone, boolean zoneDefined, Urls urls, LocalDate buildDay) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.zoneDefined = zoneDefined;
        this.urls = Objects.requireNonNull(urls, "urls");
        this.host = URI.create(urls.baseUrl()).getHost();
        this.stamp = buildDay.atStartOfDay(zone).toInstant();
    }

    /** Whether an activity is written as a timed event rather than an all-day one. */
    static boolean isTimed(ScheduleItem item) {
        Moment end = item.end();
        return item.start().hasTime() && (end == null || end.date().equals(item.start().date()));
    }

    VEvent activity(Activity activity) {
        Document document = activity.document();
        ScheduleItem item = activity.item();
        EventIdentity identity = activity.identity();
        VEvent event = new VEvent(false);
        event.add(new Uid(identity.uid(host)));
        event.add(new DtStamp(stamp));
        if (isTimed(item)) {
            event.add(new DtStart<>(timed(item.start())));
            boolean endsLater = item.end() != null && item.end().hasTime() && item.end().time().isAfter(item.start().time());
            event.add(new DtEnd<>(endsLater ? timed(item.end()) : timed(item.start()).plus(ASSUMED_LENGTH)));
        } else {
            LocalDate last = item.end() != null ? item.end().date() : item.start().date();
            event.add(new DtStart<>(item.start().date()));
            event.add(new DtEnd<>(last.plusDays(1)));
            event.add(new Transp(Transp.VALUE_TRANSPARENT));
        }
        event.add(new Summary(item.title()));
        if (item.location() != null) {
            event.add(new Location(item.location()));
        }
        event.add(new Description(activityText(document, item)));
        event.add(new Url(URI.create(urls.absolute(document.url()) + "#" + identity.anchor())));
        return event;
    }

    VEvent deadline(DeadlineEntry entry) {
        Document document = entry.document();
        Deadline deadline = entry.deadline();
        EventIdentity identity = entry.identity();
        VEvent event = new VEvent(false);
        event.add(new Uid(identity.uid(host)));
        event.add(new DtStamp(stamp));
        Moment due = deadline.due();
        if (due.hasTime()) {
            event.add(new DtStart<>(timed(due)));
        } else {
            event.add(new DtStart<>(due.date()));
            event.add(new DtEnd<>(due.date().plusDays(1)));
            event.add(new Transp(Transp.VALUE_TRANSPARENT));
        }
        event.add(new Summary("报送截止：" + deadline.title()));
        event.add(new Description(deadlineText(document, deadline)));
        event.add(new Url(URI.create(urls.absolute(document.url()) + "#" + identity.anchor())));
        // The day before, at 9:00 for an all-day deadline (15 hours before its midnight).
        VAlarm reminder = new VAlarm(due.hasTime() ? java.time.Duration.ofDays(-1) : java.time.Duration.ofHours(-15));
        reminder.add(new Action(Action.VALUE_DISPLAY));
        reminder.add(new Description("明天截止：" + deadline.title()));
        event.add(reminder);
        return event;
    }

    private Temporal timed(Moment moment) {
        ZonedDateTime local = moment.atZone(zone);
        return zoneDefined ? local : local.withZoneSameInstant(ZoneOffset.UTC).toInstant();
    }

    private String activityText(Document document, ScheduleItem item) {
        List<String> lines = new ArrayList<>();
        lines.add("时间：" + (item.when() != null ? item.when() : fmt.range(item.start(), item.end())));
        if (item.location() != null) {
            lines.add("地点：" + item.location());
        }
        if (!item.organizers().isEmpty()) {
            lines.add("组织单位：" + String.join("、", item.organizers().stream().map(Organizer::name).toList()));
        }
        if (item.participants() != null) {
            lines.add("参加对象：" + item.participants());
        }
        if (item.description() != null) {
            lines.add(item.description());
        }
        lines.add(source(document));
        return String.join("\n", lines);
    }

    private String deadlineText(Document document, Deadline deadline) {
        List<String> lines = new ArrayList<>();
        lines.add("截止时间：" + fmt.moment(deadline.due()));
        if (deadline.submitTo() != null) {
            lines.add("报送至：" + deadline.submitTo());
        }
        if (!deadline.materials().isEmpty()) {
            lines.add("报送材料：" + String.join("；", deadline.materials()));
        }
        lines.add(source(document));
        return String.join("\n", lines);
    }

    private String source(Document document) {
        return "详见《" + document.title() + "》：" + urls.absolutePage(document);
    }
}
