package org.gazette.content;

/**
 * An attachment (附件) of a document: a file in its bundle, an external address, or a table that
 * exists only in the document's own text.
 *
 * @param file        the path relative to the document's folder as written, or null
 * @param url         an external address, or null
 * @param table       true when the attachment is the table under the heading carrying its title
 * @param original    true for the scanned or signed original (原文)
 * @param line        the line of the item in the source
 */
public record Attachment(String title, String file, String url, boolean table, String description,
                         boolean original, int line) {

    public boolean isFile() {
        return file != null;
    }
}
