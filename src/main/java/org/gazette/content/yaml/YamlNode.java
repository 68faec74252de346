package org.gazette.content.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the line it starts on (1-based, in the file, not in the YAML block). */
public sealed interface YamlNode {

    int line();

    /** A word for the editor describing what kind of value this is, used in messages. */
    String kindName();

    /** A plain value. {@code text} is null for an empty value or {@code ~}/{@code null}. */
    record Scalar(String text, int line) implements YamlNode {
        public boolean isNull() {
            return text == null;
        }

        @Override
        public String kindName() {
            return "单个值";
        }
    }

    /** A list written with {@code - } items or {@code [a, b]}. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        @Override
        public String kindName() {
            return "列表";
        }
    }

    /** A set of {@code key: value} pairs; keys keep the order they were written in. */
    record Mapping(Map<String, Entry> entries, int line) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public YamlNode get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.value();
        }

        @Override
        public String kindName() {
            return "“字段: 值”的组合";
        }
    }

    /** One {@code key: value} pair of a mapping; the key line is where the field is written. */
    record Entry(String key, int keyLine, YamlNode value) {
    }
}
