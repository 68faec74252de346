package org.gazette.content.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML text into a {@link YamlNode} tree with line numbers. Before parsing it looks for the
 * mistakes Chinese editors make most (a full-width colon, tab indentation, no space after the
 * colon), because the parser's own messages for them are cryptic and often point at the wrong line.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

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
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(Map.of(), firstLine);
            }
            YamlNode root = readValue(parser, firstLine, text.split("\n", -1));
            if (parser.nextToken() != null) {
                throw new YamlSyntaxException(lineOf(parser.currentTokenLocation(), firstLine),
                        "这里多了一行 ---，YAML 只能有一段", "删除多余的 --- 行");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw translate(e, firstLine);
        } catch (IOException e) {
            throw new YamlSyntaxException(firstLine, "无法读取 YAML：" + e.getMessage(), null);
        }
    }

    private static YamlNode readValue(JsonParser parser, int firstLine, String[] lines) throws IOException, YamlSyntaxException {
        JsonToken token = parser.currentToken();
        int line = lineOf(parser.currentTokenLocation(), firstLine);
        switch (token) {
            case START_OBJECT:
                return readMapping(parser, line, firstLine, lines);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    YamlNode item = readValue(parser, firstLine, lines);
                    if (item instanceof YamlNode.Scalar scalar && (scalar.isNull() || scalar.text().isEmpty())) {
                        checkCommentedValue(lines, item.line(), firstLine, "-", "列表项");
                    }
                    items.add(item);
                }
                return new YamlNode.Sequence(items, line);
            case VALUE_NULL:
                return new YamlNode.Scalar(null, line);
            default:
                // getText keeps the scalar as written: a phone number like 0955 stays "0955".
                String text = parser.getText();
                checkPublishable(text, line);
                return new YamlNode.Scalar(text, line);
        }
    }

    private static YamlNode readMapping(JsonParser parser, int line, int firstLine, String[] lines)
            throws IOException, YamlSyntaxException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = lineOf(parser.currentTokenLocation(), firstLine);
            checkPublishable(key, keyLine);
            parser.nextToken();
            YamlNode value = readValue(parser, firstLine, lines);
            if (value instanceof YamlNode.Scalar scalar && (scalar.isNull() || scalar.text().isEmpty())) {
                checkCommentedValue(lines, keyLine, firstLine, key + ":", key);
            }
            if (entries.containsKey(key)) {
                throw new YamlSyntaxException(keyLine, "字段“" + key + "”写了两次（第一次在第 "
                        + entries.get(key).keyLine() + " 行）", "每个字段只写一次，删除或合并重复的那一行");
            }
            entries.put(key, new YamlNode.Entry(key, keyLine, value));
        }
        return new YamlNode.Mapping(entries, line);
    }

    /**
     * {@code title: #科普讲堂} is a field with no value: a {@code #} after a space starts a comment.
     * The editor meant the text, so the empty value is reported where it is written, not later as a
     * missing field.
     */
    private static void checkCommentedValue(String[] lines, int fileLine, int firstLine, String marker, String field)
            throws YamlSyntaxException {
        int index = fileLine - firstLine;
        if (index < 0 || index >= lines.length) {
            return;
        }
        String line = lines[index];
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
    private static void checkPublishable(String text, int line) throws YamlSyntaxException {
        int bad = org.gazette.content.text.EditorText.firstUnpublishable(text);
        if (bad >= 0) {
            int codePoint = text.codePointAt(bad);
            throw new YamlSyntaxException(line, "引号里的转义符写出了不能发布的字符 "
                    + org.gazette.content.text.EditorText.describe(codePoint),
                    "删除这个转义（例如 \\v、\\x0B、\\u000B）；要换行请用 | 写多行文字");
        }
    }

    private static int lineOf(JsonLocation location, int firstLine) {
        return location == null || location.getLineNr() < 1 ? firstLine : location.getLineNr() + firstLine - 1;
    }

    private static void checkCommonMistakes(String text, int firstLine) throws YamlSyntaxException {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int fileLine = firstLine + i;
            if (line.trim().startsWith("#")) {
                continue;
            }
            int leading = 0;
            while (leading < line.length() && (line.charAt(leading) == ' ' || line.charAt(leading) == '\t')) {
                if (line.charAt(leading) == '\t') {
                    throw new YamlSyntaxException(fileLine, "这一行用 Tab 键缩进，YAML 不允许 Tab",
                            "把行首的 Tab 换成空格（每一级缩进两个空格）");
                }
                leading++;
            }
            // The patterns only run on lines that could match: this check reads every line of every document.
            if (line.indexOf('：') >= 0) {
                Matcher fullWidth = FULL_WIDTH_COLON_KEY.matcher(line);
                Matcher topLevel = FULL_WIDTH_COLON_TOP_KEY.matcher(line);
                String key = fullWidth.find() ? fullWidth.group(1) : topLevel.find() ? topLevel.group(1) : null;
                if (key != null) {
                    throw new YamlSyntaxException(fileLine, "字段“" + key + "”后面用了中文全角冒号“：”",
                            "改成英文半角冒号加一个空格，例如 " + key + ": 值");
                }
            }
            int colon = line.indexOf(':');
            if (colon < 0 || colon + 1 >= line.length() || Character.isWhitespace(line.charAt(colon + 1))) {
                continue;
            }
            Matcher noSpace = NO_SPACE_AFTER_COLON.matcher(line);
            if (noSpace.find()) {
                throw new YamlSyntaxException(fileLine, "字段“" + noSpace.group(1) + "”的冒号后面缺少空格",
                        "在冒号后加一个空格，例如 " + noSpace.group(1) + ": 值");
            }
        }
    }

    /** The parser's message in words an editor understands, keeping the original for the technically minded. */
    private static YamlSyntaxException translate(JsonProcessingException e, int firstLine) {
        int line = lineOf(e.getLocation(), firstLine);
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String first = original.lines().findFirst().orElse("").trim();
        String problem = "YAML 格式错误";
        String hint = "检查这一行和上一行：字段名后是否是“: ”（半角冒号加空格）、缩进是否对齐、引号和括号是否成对";
        if (original.contains("found character '\\t'") || original.contains("found character '\t'")) {
            problem = "这一行含有 Tab 字符";
            hint = "把 Tab 换成空格";
        } else if (original.contains("mapping values are not allowed")) {
            problem = "这一行的值里又出现了“: ”，或缩进没有对齐";
            hint = "值里含有“: ”时请把整个值用引号括起来，例如 title: \"通知: 关于……\"；也请检查缩进是否对齐";
        } else if (original.contains("could not find expected ':'")) {
            problem = "这一行像是字段，但缺少半角冒号“:”";
            hint = "写成“字段: 值”，或检查上一行的引号是否闭合";
        } else if (original.contains("while parsing a flow") || original.contains("flow sequence") || original.contains("flow mapping")) {
            problem = "方括号 [ ] 或花括号 { } 没有成对";
            hint = "检查这一行的括号是否成对、列表项之间是否用半角逗号分隔；值里有逗号或冒号时请加引号";
        } else if (original.contains("found unexpected end of stream") || original.contains("found unexpected end")) {
            problem = "引号没有闭合";
            hint = "检查这一行的引号是否成对";
        }
        String where = column > 0 ? "第 " + column + " 列；" : "";
        return new YamlSyntaxException(line, problem + "（" + where + first + "）", hint);
    }
}
