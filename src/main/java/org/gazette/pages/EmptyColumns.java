package org.gazette.pages;

import java.util.List;
import org.gazette.content.DocumentType;
import org.gazette.content.NavItem;
import org.gazette.site.SiteIndex;

/**
 * Finds navigation entries that lead to a column with nothing in it (空白栏目), which government
 * website inspections count against a site: a list of notices or plans with no document, an
 * activity calendar with no activity. They are reported as reminders, since a new site may be
 * checked before its first notice; pages themselves never show a box that says there is nothing.
 */
public final class EmptyColumns {

    private EmptyColumns() {
    }

    /** One reminder per empty column the navigation links to. */
    public static void check(SiteIndex site, org.gazette.validation.Problems problems) {
        List<NavItem> navigation = site.data().site().navigation();
        for (int i = 0; i < navigation.size(); i++) {
            NavItem item = navigation.get(i);
            String path = item.url().startsWith("/") ? item.url().substring(1) : item.url();
            String missing = null;
            for (DocumentType type : List.of(DocumentType.NOTICE, DocumentType.PLAN)) {
                if (path.equals(type.folder() + "/") && site.ofType(type).isEmpty()) {
                    missing = "一篇" + type.label();
                }
            }
            if (path.equals("calendar/") && site.activities().isEmpty()) {
                missing = "一篇带活动安排（schedule）的通知或方案";
            }
            if (missing != null) {
                problems.warning("data/site.yaml", 0, "navigation[" + (i + 1) + "]",
                        "导航栏目“" + item.title() + "”（" + item.url() + "）中还没有内容，上线检查会算作空白栏目",
                        "上线前至少发布" + missing + "，或先从 navigation 中删去这一项");
            }
        }
    }
}
