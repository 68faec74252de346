package org.gazette.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.content.yaml.YamlNode;
import org.gazette.validation.Problems;

/**
 * Typed access to the fields of one YAML mapping, reporting each mistake (missing, wrong kind,
 * unreadable date, unknown field) with its line instead of throwing, so one pass finds them all.
 * Getters return null (or an empty list) when the field is absent or wrong.
 */
public final class Fields {

    /** Chinese field names editors sometimes write, and the field they mean. */
    private static final Map<String, String> CHINESE_NAMES = Map.ofEntries(
            Map.entry("标题", "title"), Map.entry("日期", "date"), Map.entry("发布日期", "date"),
            Map.entry("成文日期", "written"), Map.entry("文号", "doc_number"), Map.entry("发文字号", "doc_number"),
            Map.entry("索引号", "index_number"), Map.entry("发布机构", "agencies"), Map.entry("机构", "agencies"),
            Map.entry("主题", "themes"), Map.entry("主题分类", "topics"), Map.entry("关键词", "topics"),
            Map.entry("附件", "attachments"), Map.entry("联系人", "contacts"), Map.entry("联系方式", "contacts"),
            Map.entry("活动安排", "schedule"), Map.entry("日程", "schedule"), Map.entry("报送要求", "deadlines"),
            Map.entry("截止日期", "deadlines"), Map.entry("摘要", "summary"), Map.entry("类型", "type"),
            Map.entry("状态", "status"), Map.entry("有效性", "validity"), Map.entry("活动", "campaign"),
            Map.entry("地点", "location"), Map.entry("时间", "start"), Map.entry("电话", "phone"),
            Map.entry("手机", "mobile"), Map.entry("传真", "fax"), Map.entry("邮箱", "email"),
            Map.entry("名称", "name"), Map.entry("姓名", "name"), Map.entry("地址", "address"));

    private final YamlNode.Mapping mapping;
    private final Problems.Scope problems;

    public Fields(YamlNode.Mapping mapping, Problems.Scope problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    public Problems.Scope problems() {
        return problems;
    }

    public int line() {
        return mapping.line();
    }

    public boolean has(String key) {
        YamlNode node = mapping.get(key);
        return node != null && !(node instanceof YamlNode.Scalar s && s.isNull());
    }

    /** The line a field is written on, or the mapping's line when absent. */
    public int lineOf(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.line() : entry.keyLine();
    }

    public YamlNode node(String key) {
        return mapping.get(key);
    }

    /** A single text value; numbers and booleans are read as the text the editor wrote. */
    public String text(String key, boolean required) {
        YamlNode node = mapping.get(key);
        if (isAbsent(node)) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            String value = scalar.text().strip();
            if (value.isEmpty() && required) {
                missing(key);
                return null;
            }
            return value.isEmpty() ? null : value;
        }
        problems.error(node.line(), key, "这里应是一个值，却写成了" + node.kindName(),
                "写成 " + key + ": 值（一行），不要换行缩进或加“- ”");
        return null;
    }

    /** A list of texts; a single value is accepted as a list of one. */
    public List<String> texts(String key, boolean required) {
        YamlNode node = mapping.get(key);
        if (isAbsent(node)) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (node instanceof YamlNode.Scalar scalar) {
            values.add(scalar.text().strip());
        } else if (node instanceof YamlNode.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                YamlNode item = sequence.items().get(i);
                if (item instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
                    values.add(scalar.text().strip());
                } else if (item instanceof YamlNode.Scalar) {
                    problems.error(item.line(), key + "[" + (i + 1) + "]", "列表中有一项是空的", "删除这一项或填写内容");
                } else {
                    problems.error(item.line(), key + "[" + (i + 1) + "]", "列表中的这一项应是一个值，却写成了" + item.kindName(),
                            "每项写成“- 值”一行");
                }
            }
        } else {
            problems.error(node.line(), key, "这里应是一个值或一个列表，却写成了" + node.kindName(),
                    "写成 " + key + ": [甲, 乙] 或逐行“- 甲”");
        }
        if (required && values.isEmpty()) {
            missing(key);
        }
        return values;
    }

    /** A calendar date such as {@code 2022-05-24}. */
    public LocalDate date(String key, boolean required) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        Dates.Result<LocalDate> result = Dates.parseDate(text);
        if (!result.ok()) {
            problems.error(lineOf(key), key, result.message(), result.hint());
        }
        return result.value();
    }

    /** A date, or a date with a time, such as {@code 2022-05-24 09:30}. */
    public Moment moment(String key, boolean required) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        Dates.Result<Moment> result = Dates.parseMoment(text);
        if (!result.ok()) {
            problems.error(lineOf(key), key, result.message(), result.hint());
        }
        return result.value();
    }

    /** {@code true} or {@code false}; absent is false. */
    public boolean flag(String key) {
        String text = text(key, false);
        if (text == null) {
            return false;
        }
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "是":
                return true;
            case "false", "no", "off", "否":
                return false;
            default:
                problems.error(lineOf(key), key, "“" + text + "”不是 true 或 false", "写成 " + key + ": true 或删除这一行");
                return false;
        }
    }

    /** One of a fixed set of words; reports the allowed words otherwise. */
    public String choice(String key, List<String> allowed) {
        String text = text(key, false);
        if (text == null) {
            return null;
        }
        if (!allowed.contains(text)) {
            problems.error(lineOf(key), key, "“" + text + "”不是可用的值", "只能写 " + String.join("、", allowed) + " 之一");
            return null;
        }
        return text;
    }

    /** The items of a list of mappings (e.g. {@code schedule}); reports items that are not mappings. */
    public List<YamlNode.Mapping> mappings(String key) {
        YamlNode node = mapping.get(key);
        if (isAbsent(node)) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problems.error(node.line(), key, "这里应是一个列表，每项以“- ”开头，却写成了" + node.kindName(),
                    "每一项另起一行，以“  - title: …”开头");
            return List.of();
        }
        List<YamlNode.Mapping> items = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            if (item instanceof YamlNode.Mapping m) {
                items.add(m);
            } else {
                problems.error(item.line(), key + "[" + (i + 1) + "]", "这一项应是若干“字段: 值”，却只写了" + item.kindName(),
                        "写成“- title: …”，下面几行缩进对齐写其他字段");
                items.add(null);
            }
        }
        return items;
    }

    /** Reports every field that is not in {@code known}, suggesting the field probably meant. */
    public void rejectUnknown(Set<String> known) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (known.contains(entry.key())) {
                continue;
            }
            String suggestion = suggest(entry.key(), known);
            problems.error(entry.keyLine(), entry.key(), "不认识的字段“" + entry.key() + "”",
                    suggestion != null ? "是不是想写 " + suggestion + "？" : "可用的字段有：" + String.join("、", known.stream().sorted().toList()));
        }
    }

    private static String suggest(String key, Set<String> known) {
        String chinese = CHINESE_NAMES.get(key.strip());
        if (chinese != null && known.contains(chinese)) {
            return chinese;
        }
        String lower = key.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        if (known.contains(lower)) {
            return lower;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(lower, candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(1, best == null ? 0 : best.length() / 3) ? best : null;
    }

    /** Levenshtein distance, for "did you mean" suggestions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private void missing(String key) {
        problems.error(lineOf(key), key, "缺少必填字段 " + key, "添加一行 " + key + ": …");
    }

    private static boolean isAbsent(YamlNode node) {
        return node == null || node instanceof YamlNode.Scalar s && s.isNull();
    }
}
