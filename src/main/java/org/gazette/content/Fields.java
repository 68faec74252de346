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

    /**
     * Chinese field names editors sometimes write, and the fields they may mean, most likely first;
     * the first one that exists where the name was written is suggested (截止日期 is {@code due}
     * inside a deadline, {@code deadlines} at the top of the front matter).
     */
    private static final Map<String, List<String>> CHINESE_NAMES = Map.ofEntries(
            Map.entry("标题", List.of("title")), Map.entry("名称", List.of("title", "name")),
            Map.entry("日期", List.of("date", "start", "due")), Map.entry("发布日期", List.of("date")),
            Map.entry("成文日期", List.of("written")), Map.entry("更新日期", List.of("updated")), Map.entry("修改日期", List.of("updated")), Map.entry("文号", List.of("doc_number")),
            Map.entry("发文字号", List.of("doc_number")), Map.entry("索引号", List.of("index_number")),
            Map.entry("发布机构", List.of("agencies")), Map.entry("机构", List.of("agencies", "org")),
            Map.entry("主题", List.of("themes")), Map.entry("主题分类", List.of("topics")), Map.entry("关键词", List.of("keywords", "topics")), Map.entry("主题词", List.of("keywords")),
            Map.entry("附件", List.of("attachments")), Map.entry("联系人", List.of("contacts", "name")),
            Map.entry("联系方式", List.of("contacts")), Map.entry("活动安排", List.of("schedule")), Map.entry("日程", List.of("schedule")),
            Map.entry("报送要求", List.of("deadlines")), Map.entry("截止日期", List.of("due", "deadlines")),
            Map.entry("截止时间", List.of("due", "deadlines")), Map.entry("摘要", List.of("summary")),
            Map.entry("类型", List.of("type")), Map.entry("状态", List.of("status")), Map.entry("有效性", List.of("validity")),
            Map.entry("活动", List.of("campaign", "title")), Map.entry("地点", List.of("location")),
            Map.entry("时间", List.of("start", "due")), Map.entry("开始时间", List.of("start")), Map.entry("开始", List.of("start")),
            Map.entry("结束时间", List.of("end")), Map.entry("结束", List.of("end")),
            Map.entry("主办单位", List.of("organizers")), Map.entry("组织单位", List.of("organizers")),
            Map.entry("责任单位", List.of("organizers")), Map.entry("参加对象", List.of("participants")),
            Map.entry("参加单位", List.of("participants")), Map.entry("说明", List.of("description")),
            Map.entry("简介", List.of("description", "summary")), Map.entry("报送至", List.of("submit_to")),
            Map.entry("报送单位", List.of("submit_to")), Map.entry("材料", List.of("materials")),
            Map.entry("报送材料", List.of("materials")), Map.entry("文件", List.of("file")), Map.entry("网址", List.of("url", "website")),
            Map.entry("链接", List.of("url")), Map.entry("原文", List.of("original")), Map.entry("表格", List.of("table")),
            Map.entry("电话", List.of("phone")), Map.entry("手机", List.of("mobile")), Map.entry("传真", List.of("fax")),
            Map.entry("邮箱", List.of("email")), Map.entry("电子邮箱", List.of("email")), Map.entry("姓名", List.of("name")),
            Map.entry("职务", List.of("role")), Map.entry("单位", List.of("org")), Map.entry("地址", List.of("address")),
            Map.entry("引用", List.of("ref")), Map.entry("简称", List.of("short_name")), Map.entry("地区", List.of("region")),
            Map.entry("网站", List.of("website")), Map.entry("届次", List.of("year")), Map.entry("系列", List.of("series")));

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
            if (Placeholders.is(value)) {
                Placeholders.report(problems, node.line(), key, value);
                return null;
            }
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
        boolean placeholder = false;
        if (node instanceof YamlNode.Scalar scalar && Placeholders.is(scalar.text())) {
            Placeholders.report(problems, node.line(), key, scalar.text());
            placeholder = true;
        } else if (node instanceof YamlNode.Scalar scalar) {
            values.add(scalar.text().strip());
        } else if (node instanceof YamlNode.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                YamlNode item = sequence.items().get(i);
                if (item instanceof YamlNode.Scalar scalar && Placeholders.is(scalar.text())) {
                    Placeholders.report(problems, item.line(), key, scalar.text());
                    placeholder = true;
                } else if (item instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
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
        if (required && values.isEmpty() && !placeholder) {
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

    /** When a schedule item starts or ends: a date, or a date with a time, such as {@code 2022-05-24 09:30}. */
    public Moment moment(String key, boolean required) {
        return moment(key, required, Dates::parseMoment);
    }

    /** When a deadline is due: a date, or a date with a time; hints never mention {@code when}. */
    public Moment due(String key, boolean required) {
        return moment(key, required, Dates::parseDue);
    }

    private Moment moment(String key, boolean required, java.util.function.Function<String, Dates.Result<Moment>> parser) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        Dates.Result<Moment> result = parser.apply(text);
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
            String how = suggestion == null ? null : LookAlike.difference(entry.key(), suggestion);
            problems.error(entry.keyLine(), entry.key(), "不认识的字段“" + entry.key() + "”",
                    suggestion != null ? "是不是想写 " + suggestion + "？" + (how == null ? "" : how)
                            : "可用的字段有：" + String.join("、", known.stream().sorted().toList()));
        }
    }

    private static String suggest(String key, Set<String> known) {
        for (String meant : CHINESE_NAMES.getOrDefault(key.strip(), List.of())) {
            if (known.contains(meant)) {
                return meant;
            }
        }
        String lower = LookAlike.fold(key).replace('-', '_');
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
