package org.gazette.content.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides which characters an editor's text may carry into the site. Text pasted
 * from Word brings invisible control characters (U+000B for a manual line break, U+000C for a page
 * break) that XML, HTML, iCalendar and vCard all forbid: one of them makes {@code feed.xml}
 * unreadable and feed readers drop the whole feed. Rather than escape them differently in every
 * output, they are removed once, when a source file is read, and the editor is warned at the line
 * and column; every output then only ever sees publishable text.
 *
 * <p>Unpublishable: C0 controls other than tab, line feed and carriage return; DEL and the C1
 * controls; unpaired surrogates; the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF; the line and
 * paragraph separators U+2028/U+2029 (invisible, and line breaks to YAML and old JavaScript).
 */
public final class EditorText {

    /** One removed character, in file coordinates (1-based). */
    public record Removal(int line, int column, int codePoint) {
    }

    /** Text with every unpublishable character removed, and where they were. */
    public record Cleaned(String text, List<Removal> removals) {
    }

    private EditorText() {
    }

    /** Whether a code point may appear in published text. */
    public static boolean publishable(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return true;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
            return false;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return false;
        }
        if (codePoint == 0x2028 || codePoint == 0x2029) {
            // Invisible, and a line break to YAML: the parser would report the wrong line for anything after it.
            return false;
        }
        return !(codePoint >= 0xFDD0 && codePoint <= 0xFDEF) && (codePoint & 0xFFFE) != 0xFFFE;
    }

    /** The index of the first unpublishable character of {@code text}, or -1. */
    public static int firstUnpublishable(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            // Every character of every source file passes here: printable ASCII and the BMP up to the
            // surrogates (all of CJK) are decided by one comparison each, without making code points.
            if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x2028 || c > 0x2029 && c < Character.MIN_SURROGATE) {
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (!publishable(codePoint)) {
                return i;
            }
            if (Character.isSupplementaryCodePoint(codePoint)) {
                i++;
            }
        }
        return -1;
    }

    /**
     * Removes every unpublishable character.
     *
     * @param firstLine the file line {@code text} starts on
     */
    public static Cleaned clean(String text, int firstLine) {
        if (firstUnpublishable(text) < 0) {
            return new Cleaned(text, List.of());
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Removal> removals = new ArrayList<>();
        int line = firstLine;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!publishable(codePoint)) {
                removals.add(new Removal(line, column, codePoint));
            } else {
                out.appendCodePoint(codePoint);
            }
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Cleaned(out.toString(), List.copyOf(removals));
    }

    /** The character for an editor: its code and, for the ones Word brings, what it is. */
    public static String describe(int codePoint) {
        String code = String.format("U+%04X", codePoint);
        return switch (codePoint) {
            case 0x0B -> code + "（垂直制表符，Word 中的手动换行）";
            case 0x0C -> code + "（换页符，Word 中的分页符）";
            case 0x00 -> code + "（空字符）";
            case 0x7F -> code + "（删除符）";
            case 0x2028 -> code + "（行分隔符）";
            case 0x2029 -> code + "（段分隔符）";
            default -> codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE
                    ? code + "（不成对的代理码元）"
                    : codePoint < 0xA0 ? code + "（控制字符）" : code + "（非字符）";
        };
    }

    /**
     * Warns about what {@link #clean} removed, one warning a line, naming the field written on that
     * line (or {@code 正文} from {@code bodyFirstLine} on; 0 when the file has no body).
     */
    public static void report(org.gazette.validation.Problems problems, String file, String original, Cleaned cleaned,
                              int firstLine, int bodyFirstLine) {
        if (cleaned.removals().isEmpty()) {
            return; // almost every file: no need to split it into lines
        }
        String[] lines = original.split("\n", -1);
        int reported = -1;
        for (Removal removal : cleaned.removals()) {
            if (removal.line() == reported) {
                continue;
            }
            reported = removal.line();
            long onLine = cleaned.removals().stream().filter(r -> r.line() == removal.line()).count();
            String field;
            if (bodyFirstLine > 0 && removal.line() >= bodyFirstLine) {
                field = "正文";
            } else {
                java.util.regex.Matcher key = KEY.matcher(lines[removal.line() - firstLine]);
                field = key.find() ? key.group(1) : null;
            }
            problems.warning(file, removal.line(), field, removedMessage(removal, onLine), REMOVED_HINT);
        }
    }

    private static final java.util.regex.Pattern KEY =
            java.util.regex.Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*:");

    /** The message of the warning for the first removed character of a line. */
    static String removedMessage(Removal removal, long onLine) {
        return "第 " + removal.column() + " 列有一个看不见的字符 " + describe(removal.codePoint())
                + (onLine > 1 ? "（这一行共 " + onLine + " 个）" : "") + "，已删除（从 Word 等处粘贴的文字常带有它）";
    }

    /** The hint of that warning. */
    public static final String REMOVED_HINT = "在编辑器里删除它（看不见时可把这一行重新输入一遍）；不删除也能发布，网站上不会有它";
}
