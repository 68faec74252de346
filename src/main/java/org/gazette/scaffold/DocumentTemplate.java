package org.gazette.scaffold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.content.Agency;
import org.gazette.content.Campaign;
import org.gazette.content.DocumentType;
import org.gazette.content.Placeholders;
import org.gazette.content.SiteData;
import org.gazette.content.model.ContentModel;
import org.gazette.content.model.Field;
import org.gazette.content.model.Kind;
import org.gazette.content.model.Shape;

/**
 * The text of a new notice's or plan's {@code index.md}: every front matter field of the contract,
 * the required ones to fill in (a placeholder, or today's date), the optional ones commented out
 * with an example, and the site's ids to choose from.
 */
public final class DocumentTemplate {

    private final DocumentType type;
    private final SiteData data;
    private final LocalDate today;

    public DocumentTemplate(DocumentType type, SiteData data, LocalDate today) {
        if (type == DocumentType.PAGE) {
            throw new IllegalArgumentException("new makes notices and plans, not pages");
        }
        this.type = type;
        this.data = data;
        this.today = today;
    }

    /** The whole file, with LF line endings. */
    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add("---");
        lines.add("# 新建的" + type.label() + "。以“#”开头的行是注释，不会发布。");
        lines.add("# 带“" + Placeholders.MARK + "”的地方必须改成实际内容，否则 check 会指出来、不能发布。");
        lines.add("# 可选字段需要时删掉行首的“# ”再改成实际内容。字段说明见编辑指南（docs/editor-guide.md）“三、字段说明”。");
        boolean optionalHeading = false;
        for (Field field : ContentModel.DOCUMENT.fields()) {
            boolean required = field.requiredIn(false);
            if (!required && !optionalHeading) {
                lines.add("");
                lines.add("# ---------- 以下字段可选 ----------");
                optionalHeading = true;
            }
            lines.add("");
            lines.add("# " + field.description() + (required ? "（必填）" : ""));
            lines.addAll(choices(field.name()));
            if (required) {
                lines.add(field.name() + ": " + requiredValue(field));
            } else if (field.kind() == Kind.ITEMS) {
                lines.add("# " + field.name() + ":");
                for (Shape shape : field.items()) {
                    lines.addAll(item(shape, data));
                }
            } else {
                lines.add("# " + field.name() + ": " + example(field));
            }
        }
        lines.add("---");
        lines.add("");
        lines.add(Placeholders.MARK + "正文：删除这一行，写上" + type.label() + "的正文（标题、落款日期和附件不用写在正文里）。");
        return String.join("\n", lines) + "\n";
    }

    private String requiredValue(Field field) {
        return switch (field.name()) {
            case "title" -> Placeholders.MARK + (type == DocumentType.PLAN ? "方案" : "通知") + "的完整标题";
            case "date" -> today.toString();
            case "agencies" -> "[" + Placeholders.MARK + "发布机构编号]";
            default -> Placeholders.MARK + field.description();
        };
    }

    /** The site's ids for the fields that refer to a data file, as comments. */
    private List<String> choices(String fieldName) {
        return switch (fieldName) {
            case "agencies" -> ids("data/agencies.yaml 中可用的编号：", data.agencies(), Agency::name);
            case "campaign" -> ids("近期的活动届次（全部见 data/campaigns.yaml）：",
                    byId(CurrentCampaigns.of(List.copyOf(data.campaigns().values()), today)), Campaign::name);
            case "contacts" -> ids("data/contacts.yaml 中的常用联系人，用 - ref: 编号 引用：", data.contacts(),
                    c -> c.name() + (c.org() == null ? "" : "（" + c.org() + "）"));
            default -> List.of();
        };
    }

    private static Map<String, Campaign> byId(List<Campaign> campaigns) {
        Map<String, Campaign> map = new java.util.LinkedHashMap<>();
        campaigns.forEach(c -> map.put(c.id(), c));
        return map;
    }

    private static <T> List<String> ids(String heading, Map<String, T> entries, java.util.function.Function<T, String> name) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("# " + heading);
        int width = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
        entries.forEach((id, entry) -> lines.add("#   " + id + " ".repeat(width - id.length() + 2) + name.apply(entry)));
        return lines;
    }

    /** One commented example item of a list such as {@code schedule}. */
    private static List<String> item(Shape shape, SiteData data) {
        List<String> lines = new ArrayList<>();
        String bullet = "#   - ";
        for (Field field : shape.fields()) {
            boolean siteContact = shape == ContentModel.CONTACT_REF && !data.contacts().isEmpty();
            lines.add(bullet + field.name() + ": " + (siteContact ? data.contacts().keySet().iterator().next() : example(field)));
            bullet = "#     ";
        }
        return lines;
    }

    private static String example(Field field) {
        return field.example() != null ? field.example() : Placeholders.MARK + field.description();
    }
}
