package org.gazette.search;

import java.util.function.Supplier;
import org.gazette.content.Document;

/**
 * One published document as the search index is handed it, its body's text made only when the index
 * reads it: a build weighs again only the documents that changed, and keeping every body's text
 * between builds cost the preview more memory than making the few it needs (docs/performance.md).
 *
 * @param document   its front matter
 * @param href       the link to its page, with the site's base path
 * @param bodySource what the body's text is made from: equal sources make the same text
 * @param bodyText   makes the body as plain text
 */
record IndexSource(Document document, String href, String bodySource, Supplier<String> bodyText) {

    /** A document whose text is at hand. */
    static IndexSource of(SearchDocument entry) {
        return new IndexSource(entry.document(), entry.href(), entry.body(), entry::body);
    }
}
