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

/**
 * Builds the {@link YamlNode} tree through Jackson's YAML parser: the reader for the files
 * {@link EventTree} gives up on (syntax errors above all), whose messages, worded from Jackson's and
 * SnakeYAML's, are the ones the editor's guide quotes.
 */
final class JacksonTree {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private JacksonTree() {
    }

    static YamlNode read(String text, int firstLine, YamlReader.Lines lines) throws YamlSyntaxException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(Map.of(), firstLine);
            }
            YamlNode root = readValue(parser, firstLine, lines);
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

    private static YamlNode readValue(JsonParser parser, int firstLine, YamlReader.Lines lines)
            throws IOException, YamlSyntaxException {
        JsonToken token = parser.currentToken();
        int line = lineOf(parser.currentTokenLocation(), firstLine);
        switch (token) {
            case START_OBJECT:
                return readMapping(parser, line, firstLine, lines);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    YamlNode item = readValue(parser, firstLine, lines);
                    YamlReader.checkItem(item, lines);
                    items.add(item);
                }
                return new YamlNode.Sequence(items, line);
            case VALUE_NULL:
                return new YamlNode.Scalar(null, line);
            default:
                // getText keeps the scalar as written: a phone number like 0955 stays "0955".
                String text = parser.getText();
                YamlReader.checkPublishable(text, line);
                return new YamlNode.Scalar(text, line);
        }
    }

    private static YamlNode readMapping(JsonParser parser, int line, int firstLine, YamlReader.Lines lines)
            throws IOException, YamlSyntaxException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = lineOf(parser.currentTokenLocation(), firstLine);
            YamlReader.checkPublishable(key, keyLine);
            parser.nextToken();
            YamlNode value = readValue(parser, firstLine, lines);
            YamlReader.addEntry(entries, key, keyLine, value, lines);
        }
        return new YamlNode.Mapping(entries, line);
    }

    private static int lineOf(JsonLocation location, int firstLine) {
        return location == null || location.getLineNr() < 1 ? firstLine : location.getLineNr() + firstLine - 1;
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
