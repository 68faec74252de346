package org.gazette.content;

import org.gazette.content.model.ContentModel;
import org.gazette.content.model.Field;
import org.gazette.content.model.Shape;
import org.gazette.validation.Problems;

/**
 * The placeholder text {@code gazette new} leaves where the editor must write something, and the
 * check that names every one still left, so an unfinished notice is never published with it.
 */
public final class Placeholders {

    /** Every placeholder starts with this mark, e.g. {@code 【待填写】通知的完整标题}. */
    public static final String MARK = "【待填写】";

    private Placeholders() {
    }

    /** Whether a value is a placeholder left unfilled. */
    public static boolean is(String value) {
        return value != null && value.strip().startsWith(MARK);
    }

    /** Reports a field still holding a placeholder, with an example of what to write. */
    static void report(Problems.Scope problems, int line, String key, String value) {
        problems.error(line, key, "还没有填写 " + key + "：“" + value.strip() + "”是 gazette new 留下的占位文字",
                "换成实际内容" + example(key));
    }

    /** Reports each line of the body that still holds a placeholder. */
    static void checkBody(String body, int firstLine, Problems.Scope problems) {
        if (!body.contains(MARK)) {
            return; // almost every body: no need to cut it into lines
        }
        String[] lines = body.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(MARK)) {
                problems.error(firstLine + i, null, "正文还没有填写：这一行是 gazette new 留下的占位文字",
                        "删除这一行，写上正文");
            }
        }
    }

    private static String example(String key) {
        for (Shape shape : new Shape[] {ContentModel.DOCUMENT, ContentModel.EVENT, ContentModel.DEADLINE,
                ContentModel.CONTACT, ContentModel.ATTACHMENT}) {
            if (shape.names().contains(key)) {
                Field field = shape.field(key);
                String where = field.kind() == org.gazette.content.model.Kind.IDS ? "（可用的编号列在这个字段上面的注释里）" : "";
                return field.example() == null ? where : "，例如 " + key + ": " + field.example() + where;
            }
        }
        return "";
    }
}
