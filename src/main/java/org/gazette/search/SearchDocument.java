package org.gazette.search;

import org.gazette.content.Document;

/**
 * One published document as the search index reads it.
 *
 * @param document its front matter
 * @param href     the link to its page, with the site's base path
 * @param body     its body as plain text
 */
public record SearchDocument(Document document, String href, String body) {
}
