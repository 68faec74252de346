package org.gazette.pages;

import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.site.SiteIndex;

/** Page kind, trail and place in the site of a document's own page. */
public final class DocumentPages {

    private DocumentPages() {
    }

    /** The template kind: {@code document} for notices and plans, {@code page} for simple pages. */
    public static String kind(Document document) {
        return document.type() == DocumentType.PAGE ? "page" : "document";
    }

    /**
     * A document's page placed in the site: its model given 上一篇 and 下一篇, which are known only
     * once every document is read, so document pages are rendered after the site index is built.
     */
    public static PlannedPage placed(PlannedPage page, SiteIndex site) {
        if (page.model() instanceof DocumentPage model) {
            return new PlannedPage(page.kind(), page.outputPath(), page.meta(),
                    model.withNeighbours(site.neighbours(model.document())), page.origin());
        }
        return page;
    }

    public static PageMeta meta(Document document) {
        List<Crumb> trail = new ArrayList<>();
        trail.add(new Crumb("首页", ""));
        String section = null;
        if (document.type().folder() != null) {
            section = document.type().folder() + "/";
            trail.add(new Crumb(document.type().label(), section));
        }
        trail.add(new Crumb(document.title(), null));
        String description = document.summary();
        return new PageMeta(document.title(), document.url(), section, trail, description);
    }
}
