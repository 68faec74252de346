package org.gazette.site;

import org.gazette.content.Document;

/**
 * A document's neighbours among the published documents of its type (通知公告, 实施方案), in
 * publication order: 上一篇 was published just before it, 下一篇 just after. At the ends of the
 * list the missing one is null.
 *
 * @param previous the document published just before, or null for the first
 * @param next     the document published just after, or null for the newest
 */
public record Neighbours(Document previous, Document next) {

    /** No neighbours: simple pages (关于本站), and documents not in a list. */
    public static final Neighbours NONE = new Neighbours(null, null);
}
