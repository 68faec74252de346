package org.gazette.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates and times editors write, and explains the ones it cannot read: a Chinese-style
 * date ({@code 2022年5月24日}), slashes or dots, a day that does not exist, a full-width colon in a
 * time. Every explanation proposes the exact text to write instead when it can be worked out.
 */
public final class Dates {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?(.*)");
    private static final Pattern OTHER_SEPARATOR = Pattern.compile("(\\d{4})\\s*[./／．]\\s*(\\d{1,2})\\s*[./／．]\\s*(\\d{1,2})(.*)");
    private static final Pattern LOOSE_TIME = Pattern.compile("\\s*(?:上午|下午|晚上)?\\s*(\\d{1,2})\\s*[:：点]\\s*(\\d{2})?.*");

    private Dates() {
    }

    /** The outcome of reading a value: the value, or a message and hint for the editor. */
    public record Result<T>(T value, String message, String hint) {
        static <T> Result<T> ok(T value) {
            return new Result<>(value, null, null);
        }

        static <T> Result<T> error(String message, String hint) {
            return new Result<>(null, message, hint);
        }

        public boolean ok() {
            return message == null;
        }
    }

    /** Reads a calendar date such as {@code 2022-05-24}. */
    public static Result<LocalDate> parseDate(String text) {
        String value = text.strip();
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.matches()) {
            return toDate(iso.group(1), iso.group(2), iso.group(3));
        }
        if (DATE_TIME.matcher(value).matches()) {
            return Result.error("这里只能写日期，不能带时间", "写成 " + value.substring(0, value.indexOf(value.contains("T") ? 'T' : ' ')).strip());
        }
        return explain(value, false, false);
    }

    /**
     * Reads when a schedule item starts or ends: a date, or a date and time such as
     * {@code 2022-05-24 09:30}. Hints point fuzzy wording to the item's {@code when} field.
     */
    public static Result<Moment> parseMoment(String text) {
        return parseMoment(text, true);
    }

    /**
     * Reads when a deadline is due: a date, or a date and time. A deadline has no {@code when}
     * field, so hints never send the editor there.
     */
    public static Result<Moment> parseDue(String text) {
        return parseMoment(text, false);
    }

    private static Result<Moment> parseMoment(String text, boolean hasWording) {
        String value = text.strip();
        Matcher m = DATE_TIME.matcher(value);
        if (m.matches()) {
            Result<LocalDate> date = toDate(m.group(1), m.group(2), m.group(3));
            if (!date.ok()) {
                return Result.error(date.message(), date.hint());
            }
            if (m.group(4) == null) {
                return Result.ok(Moment.of(date.value()));
            }
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            if (hour > 23 || minute > 59 || second > 59) {
                return Result.error("时间“" + value.substring(value.indexOf(m.group(4), 10)) + "”不存在",
                        "时间用 24 小时制，从 00:00 到 23:59，例如 " + date.value() + " 14:30");
            }
            return Result.ok(new Moment(date.value(), LocalTime.of(hour, minute, second)));
        }
        return explain(value, true, hasWording);
    }

    private static Result<LocalDate> toDate(String year, String month, String day) {
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (mo < 1 || mo > 12) {
            return Result.error("日期中的月份“" + mo + "”不存在", "月份是 01 到 12");
        }
        try {
            return Result.ok(LocalDate.of(y, mo, d));
        } catch (DateTimeException e) {
            int last = YearMonth.of(y, mo).lengthOfMonth();
            return Result.error("日期不存在：" + y + "年" + mo + "月没有" + d + "日",
                    "这个月最后一天是 " + LocalDate.of(y, mo, last) + "，请核对原文");
        }
    }

    /**
     * @param hasWording whether the field sits beside a {@code when} field where the document's own
     *                   wording of a fuzzy time belongs
     */
    private static <T> Result<T> explain(String value, boolean timeAllowed, boolean hasWording) {
        Matcher chinese = CHINESE_DATE.matcher(value);
        Matcher other = OTHER_SEPARATOR.matcher(value);
        Matcher found = chinese.matches() ? chinese : other.matches() ? other : null;
        if (found != null) {
            Result<LocalDate> date = toDate(found.group(1), found.group(2), found.group(3));
            String style = found == chinese ? "写成了中文格式" : "用了“/”或“.”分隔";
            if (!date.ok()) {
                return Result.error(date.message(), date.hint());
            }
            String rest = found.group(4).strip();
            String suggestion = date.value().toString();
            if (!rest.isEmpty() && timeAllowed) {
                Matcher time = LOOSE_TIME.matcher(rest);
                if (time.matches()) {
                    int hour = Integer.parseInt(time.group(1));
                    if (rest.contains("下午") || rest.contains("晚上")) {
                        hour = hour < 12 ? hour + 12 : hour;
                    }
                    String minute = time.group(2) == null ? "00" : time.group(2);
                    suggestion = suggestion + " " + String.format("%02d", hour) + ":" + minute;
                }
            }
            return Result.error("日期“" + value + "”" + style + "，无法识别",
                    "写成 " + suggestion + (!timeAllowed ? "（年-月-日）"
                            : hasWording ? "（年-月-日，可加 24 小时制时间；原文措辞可写在 when 字段）" : "（年-月-日，可加 24 小时制时间）"));
        }
        if (value.contains("：") && value.matches(".*\\d：\\d.*")) {
            return Result.error("时间里用了中文全角冒号“：”", "写成半角冒号，例如 " + value.replace('：', ':'));
        }
        String example = !timeAllowed ? "2022-05-24" : hasWording ? "2022-05-24 或 2022-05-24 09:30" : "2022-06-14 或 2022-06-14 17:00";
        String whenHint = !timeAllowed ? ""
                : hasWording ? "；像“5月中旬”这样的模糊时间，请在 start/end 写大致日期，原文措辞写在 when 字段"
                : "；截止时间要写成具体的某一天，像“6月上旬”这样的说法请按原文换算成最后一天";
        return Result.error("“" + value + "”不是可识别的日期", "写成 " + example + whenHint);
    }
}
