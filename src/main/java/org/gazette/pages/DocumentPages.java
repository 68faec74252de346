package org.gazette.pages;

import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;

/** Page kind and trail of a document's own page. */
public final class DocumentPages {

    private DocumentPages() {
    }

    /** The template kind: {@code document} for notices and plans, {@code page} for simple pages. */
    public static String kind(Document document) {
        return document.type() == DocumentType.PAGE ? "page" : "document";
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
