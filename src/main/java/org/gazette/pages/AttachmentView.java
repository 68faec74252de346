package org.gazette.pages;

import java.util.List;

/**
 * An attachment as the attachments list shows it.
 *
 * @param title       the title
 * @param href        the link: the file, the external address, or the table's anchor in the page
 * @param kind        {@code file}, {@code url} or {@code table}
 * @param format      the format in words, e.g. Excel 电子表格（XLSX）, or null for external links
 * @param size        the size in words, e.g. 12 KB, or null when not known
 * @param pages       the page count of a PDF, or 0 when not known or not a PDF
 * @param sha256      the file's SHA-256 in hex, or null
 * @param original    true for the original (原文)
 * @param description the editor's description, or null
 * @param downloads   other forms of the same content (a table's XLSX and CSV), possibly empty
 */
public record AttachmentView(String title, String href, String kind, String format, String size, int pages,
                             String sha256, boolean original, String description, List<Download> downloads) {

    public AttachmentView {
        downloads = List.copyOf(downloads);
    }

    /** A file offered for download in another format. */
    public record Download(String label, String href, String format, String size) {
    }
}
