package org.gazette.content.yaml;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML text into a {@link YamlNode} tree with line numbers. Before parsing it looks for the
 * mistakes Chinese editors make most (a full-width colon, tab indentation, no space after the
 * colon), because the parser's own messages for them are cryptic and often point at the wrong line.
 * The tree is built from SnakeYAML's events ({@link EventTree}); a text with a syntax error or a
 * construct front matter does not use is read through Jackson instead ({@link JacksonTree}), whose
 * messages editors are shown. Both make the same tree and the same checks, in the same order.
 */
public final class YamlReader {

    private static final Pattern FULL_WIDTH_COLON_KEY = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*：");
    /** A field name in Chinese at the start of a line, e.g. {@code 标题：通知}; a value never starts there. */
    private static final Pattern FULL_WIDTH_COLON_TOP_KEY = Pattern.compile("^([^\\s\\-#\\[\\]{}'\"：:][^\\s：:]{0,19})\\s*：");
    private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z_][A-Za-z0-9_]*):(?![\\s/]|$)");

    private YamlReader() {
    }

    /**
     * Parses one YAML document.
     *
     * @param text       the YAML text, already decoded and with line endings normalised to LF
     * @param firstLine  the file line the text starts on, so reported lines match the file
     * @return the root node; an empty text gives an empty mapping
     * @throws YamlSyntaxException when the text is not valid YAML, with an editor-facing message
     */
    public static YamlNode read(String text, int firstLine) throws YamlSyntaxException {
        checkCommonMistakes(text, firstLine);
        Lines lines = new Lines(text, firstLine);
        try {
            return EventTree.read(text, firstLine, lines);
        } catch (EventTree.Unusual e) {
            return JacksonTree.read(text, firstLine, lines);
        }
    }

    /** The lines of the YAML text, split only when a check needs one (rarely: an empty value). */
    static final class Lines {
        private final String text;
        private final int firstLine;
        private String[] lines;

        Lines(String text, int firstLine) {
            this.text = text;
            this.firstLine = firstLine;
        }

        /** The text of file line {@code fileLine}, or null when the YAML does not reach it. */
        String at(int fileLine) {
            if (lines == null) {
                lines = text.split("\n", -1);
            }
            int index = fileLine - firstLine;
            return index < 0 || index >= lines.length ? null : lines[index];
        }
    }

    /** Adds a mapping's field, once its value is read: an empty value is looked at, a repeated key refused. */
    static void addEntry(Map<String, YamlNode.Entry> entries, String key, int keyLine, YamlNode value, Lines lines)
            throws YamlSyntaxException {
        if (isEmpty(value)) {
            checkCommentedValue(lines, keyLine, key + ":", key);
        }
        YamlNode.Entry first = entries.get(key);
        if (first != null) {
            throw new YamlSyntaxException(keyLine, "字段“" + key + "”写了两次（第一次在第 "
                    + first.keyLine() + " 行）", "每个字段只写一次，删除或合并重复的那一行");
        }
        entries.put(key, new YamlNode.Entry(key, keyLine, value));
    }

    /** Looks at a list item, once read: an empty one may be a value taken for a comment. */
    static void checkItem(YamlNode item, Lines lines) throws YamlSyntaxException {
        if (isEmpty(item)) {
            checkCommentedValue(lines, item.line(), "-", "列表项");
        }
    }

    private static boolean isEmpty(YamlNode value) {
        return value instanceof YamlNode.Scalar scalar && (scalar.isNull() || scalar.text().isEmpty());
    }

    /**
     * {@code title: #科普讲堂} is a field with no value: a {@code #} after a space starts a comment.
     * The editor meant the text, so the empty value is reported where it is written, not later as a
     * missing field.
     */
    private static void checkCommentedValue(Lines lines, int fileLine, String marker, String field)
            throws YamlSyntaxException {
        String line = lines.at(fileLine);
        if (line == null) {
            return;
        }
        int at = line.indexOf(marker);
        if (at < 0) {
            return;
        }
        String rest = line.substring(at + marker.length());
        String value = rest.strip();
        if (!value.startsWith("#") || value.length() == 1 || rest.isEmpty() || !Character.isWhitespace(rest.charAt(0))) {
            return;
        }
        int column = at + marker.length() + rest.indexOf('#') + 1;
        String quoted = value.replace("\\", "\\\\").replace("\"", "\\\"");
        String example = marker.equals("-") ? "- \"" + quoted + "\"" : field + ": \"" + quoted + "\"";
        throw new YamlSyntaxException(fileLine, (marker.equals("-") ? "这一列表项" : "字段 " + field + " ") + "的值以 # 开头（第 "
                + column + " 列）：YAML 把 # 和它后面的文字当作注释，值成了空的",
                "以 # 开头的值要用引号括起来：" + example);
    }

    /**
     * A raw control character is removed, with a warning, before parsing ({@code EditorText}); one
     * written as an escape inside double quotes ({@code "\v"}, {@code "\u000B"}) is refused here,
     * because it would make the feed, the calendar files and the pages invalid.
     */
    static void checkPublishable(String text, int line) throws YamlSyntaxException {
        int bad = org.gazette.content.text.EditorText.firstUnpublishable(text);
        if (bad >= 0) {
            int codePoint = text.codePointAt(bad);
            throw new YamlSyntaxException(line, "引号里的转义符写出了不能发布的字符 "
                    + org.gazette.content.text.EditorText.describe(codePoint),
                    "删除这个转义（例如 \\v、\\x0B、\\u000B）；要换行请用 | 写多行文字");
        }
    }

    /**
     * Looks at every line for the mistakes named in the class comment. The lines are looked at in
     * place, not split off: this reads every line of every document of the site.
     */
    private static void checkCommonMistakes(String text, int firstLine) throws YamlSyntaxException {
        int fullWidthColon = text.indexOf('：');
        int colon = text.indexOf(':');
        int fileLine = firstLine;
        for (int start = 0; start <= text.length(); start++, fileLine++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int from = start;
            start = end;
            int first = from;
            while (first < end && text.charAt(first) <= ' ') {
                first++;
            }
            if (first < end && text.charAt(first) == '#') {
                continue;
            }
            for (int leading = from; leading < end && (text.charAt(leading) == ' ' || text.charAt(leading) == '\t'); leading++) {
                if (text.charAt(leading) == '\t') {
                    throw new YamlSyntaxException(fileLine, "这一行用 Tab 键缩进，YAML 不允许 Tab",
                            "把行首的 Tab 换成空格（每一级缩进两个空格）");
                }
            }
            // The patterns only run on lines that could match; the next colon of each kind is kept, not searched for again.
            if (fullWidthColon >= 0 && fullWidthColon < from) {
                fullWidthColon = text.indexOf('：', from);
            }
            if (fullWidthColon >= 0 && fullWidthColon < end) {
                String line = text.substring(from, end);
                Matcher fullWidth = FULL_WIDTH_COLON_KEY.matcher(line);
                Matcher topLevel = FULL_WIDTH_COLON_TOP_KEY.matcher(line);
                String key = fullWidth.find() ? fullWidth.group(1) : topLevel.find() ? topLevel.group(1) : null;
                if (key != null) {
                    throw new YamlSyntaxException(fileLine, "字段“" + key + "”后面用了中文全角冒号“：”",
                            "改成英文半角冒号加一个空格，例如 " + key + ": 值");
                }
            }
            if (colon >= 0 && colon < from) {
                colon = text.indexOf(':', from);
            }
            if (colon < 0 || colon >= end || colon + 1 >= end || Character.isWhitespace(text.charAt(colon + 1))) {
                continue;
            }
            Matcher noSpace = NO_SPACE_AFTER_COLON.matcher(text.substring(from, end));
            if (noSpace.find()) {
                throw new YamlSyntaxException(fileLine, "字段“" + noSpace.group(1) + "”的冒号后面缺少空格",
                        "在冒号后加一个空格，例如 " + noSpace.group(1) + ": 值");
            }
        }
    }
}
