package org.gazette.format;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.gazette.content.Moment;

/**
 * How dates and times are shown to readers, the way Chinese official texts write them:
 * {@code 2022年5月24日}, {@code 9:30}, ranges with {@code 至}. Available to templates as {@code fmt}.
 */
public final class Formats {

    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    /** {@code 2022年5月24日}, or an empty string for no date. */
    public String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Midnight of a day in a zone as an RFC 3339 timestamp, for feeds: {@code 2022-05-24T00:00:00+08:00}. */
    public String startOfDay(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).format(RFC_3339);
    }

    /** {@code 2022年5月} */
    public String month(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月";
    }

    /** {@code 星期二} */
    public String weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return WEEKDAYS[day.getValue() - 1];
    }

    /** {@code 9:30} */
    public String time(LocalTime time) {
        int minute = time.getMinute();
        return time.getHour() + (minute < 10 ? ":0" : ":") + minute;
    }

    /** {@code 2022年5月24日} or {@code 2022年5月24日 9:30}. */
    public String moment(Moment moment) {
        if (moment == null) {
            return "";
        }
        return moment.hasTime() ? date(moment.date()) + " " + time(moment.time()) : date(moment.date());
    }

    /**
     * A period from start to end, shortened where parts repeat: {@code 2022年5月24日 9:30—11:30},
     * {@code 2022年5月22日至31日}, {@code 2022年5月11日至6月10日}.
     */
    public String range(Moment start, Moment end) {
        if (!isRange(start, end)) {
            return moment(start);
        }
        return moment(start) + rangeSeparator(start, end) + rangeEnd(start, end);
    }

    /** Whether start and end make a period worth showing: not the same moment, nor a day and a time on it. */
    public boolean isRange(Moment start, Moment end) {
        return end != null && !end.equals(start) && !(end.date().equals(start.date()) && !end.hasTime());
    }

    /** What joins the two ends of a period: {@code —} between two times of one day, else {@code 至}. */
    public String rangeSeparator(Moment start, Moment end) {
        return start.date().equals(end.date()) && start.hasTime() && end.hasTime() ? "—" : "至";
    }

    /** The end of a period without the parts it shares with the start: {@code 11:30}, {@code 31日}, {@code 6月10日}. */
    public String rangeEnd(Moment start, Moment end) {
        LocalDate a = start.date();
        LocalDate b = end.date();
        if (a.equals(b)) {
            return end.hasTime() ? time(end.time()) : date(b);
        }
        String tail;
        if (a.getYear() != b.getYear()) {
            tail = date(b);
        } else if (a.getMonthValue() != b.getMonthValue()) {
            tail = b.getMonthValue() + "月" + b.getDayOfMonth() + "日";
        } else {
            tail = b.getDayOfMonth() + "日";
        }
        return end.hasTime() ? tail + " " + time(end.time()) : tail;
    }
}
