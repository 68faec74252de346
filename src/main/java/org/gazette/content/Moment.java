package org.gazette.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * A date, or a date with a time of day, as editors write them ({@code 2022-05-24} or
 * {@code 2022-05-24 09:30}). Times are wall-clock times in the site's time zone.
 *
 * @param date the calendar date
 * @param time the time of day, or null for a whole day
 */
public record Moment(LocalDate date, LocalTime time) implements Comparable<Moment> {

    private static final Comparator<Moment> ORDER = Comparator
            .comparing(Moment::date)
            .thenComparing(Moment::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Moment {
        Objects.requireNonNull(date, "date");
    }

    public static Moment of(LocalDate date) {
        return new Moment(date, null);
    }

    public boolean hasTime() {
        return time != null;
    }

    /** The start of this moment: its time, or midnight for a whole day. */
    public LocalDateTime start() {
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time);
    }

    public ZonedDateTime atZone(ZoneId zone) {
        return start().atZone(zone);
    }

    /** The value of an HTML {@code datetime} attribute: {@code 2022-05-24} or {@code 2022-05-24T09:30}. */
    public String isoValue() {
        return time == null ? date.toString() : date + "T" + time;
    }

    /** As an editor writes it: {@code 2022-05-24} or {@code 2022-05-24 09:30}. */
    @Override
    public String toString() {
        return time == null ? date.toString() : date + " " + time;
    }

    @Override
    public int compareTo(Moment other) {
        return ORDER.compare(this, other);
    }
}
