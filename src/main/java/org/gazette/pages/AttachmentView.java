package org.gazette.pages;

import java.util.List;

/**
 * An attachment as the attachments list shows it.
 *
 * @param title       the title
 * @param href        the link: the file, the external address, or the table's anchor in the page
 * @param kind        {@code file}, {@code url} or {@code table}
 * @param format      what it is in words: Excel 电子表格（XLSX） for a file, 外部网站（www.most.gov.cn） for an
 *                    external address, 正文中的表格 for a table
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

    /**
     * A file offered for download in another format.
     *
     * @param label  the format in words, the link's text, e.g. Excel 电子表格（XLSX）
     * @param format the extension, e.g. {@code xlsx}
     * @param size   the size in words, or null when not known (the attachment index)
     */
    public record Download(String label, String href, String format, String size) {
    }
}
