package org.gazette.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the 落款 an editor pasted from Word at the end of a body: the issuing agencies' names and
 * the date in Chinese form ({@code 2022年5月24日}, {@code 二〇二二年五月二十四日}). The page already
 * shows a signature made from {@code agencies} and {@code date}, so the pasted one would show twice.
 * Works on the Markdown source, before rendering, so the body renderer stays untouched.
 */
public final class SignatureEcho {

    private static final Pattern CHINESE_DATE = Pattern.compile(
            "(?:\\d{4}|[〇零○Ｏ一二三四五六七八九]{4})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月"
                    + "\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日");
    /** Markdown and HTML around a line of text: emphasis, quotes, alignment tags, trailing backslashes. */
    private static final Pattern DECORATION = Pattern.compile("<[^>]*>|[*_>`\\\\#]|&nbsp;|\\s|　");
    /** How many lines at the end of a body a signature takes at most: several agencies and a date. */
    private static final int MAX_LINES = 6;

    private SignatureEcho() {
    }

    /**
     * The file line where a pasted signature starts, or 0 when the body does not end with one.
     *
     * @param body      the Markdown body
     * @param firstLine the file line the body starts on
     */
    public static int find(String body, int firstLine, List<Agency> agencies) {
        String[] lines = body.split("\n", -1);
        List<String> names = new ArrayList<>();
        for (Agency agency : agencies) {
            if (agency.name() != null) {
                names.add(plain(agency.name()));
            }
            if (agency.shortName() != null) {
                names.add(plain(agency.shortName()));
            }
        }
        int start = 0;
        boolean date = false;
        int seen = 0;
        for (int i = lines.length - 1; i >= 0 && seen < MAX_LINES; i--) {
            String line = plain(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            boolean isDate = CHINESE_DATE.matcher(line).replaceAll("").isEmpty();
            boolean isAgency = names.contains(line);
            if (!isDate && !isAgency) {
                break;
            }
            date |= isDate;
            start = firstLine + i;
        }
        // A lone agency name at the end may be a sentence's subject; a date under it is a signature.
        return date ? start : 0;
    }

    /** A line without Markdown, HTML and spaces, as it reads. */
    private static String plain(String line) {
        return DECORATION.matcher(line).replaceAll("");
    }

    /** The warning's message. */
    public static String message(int line) {
        return "正文末尾（第 " + line + " 行起）是落款（发布机构和日期），网页会根据 agencies 和 written 自动生成落款，这样会显示两次";
    }

    /** The warning's hint. */
    public static final String HINT = "删除正文末尾的发布机构名称和日期";
}
