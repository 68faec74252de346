package org.gazette.site;

import java.nio.file.Path;
import java.util.List;
import org.gazette.content.Attachment;
import org.gazette.content.Document;
import org.gazette.format.FileFormats;

/**
 * One attachment of a document with the facts derived from it once ({@link DocumentAttachments}):
 * for a file of the bundle, the file on disk and where it is published; for a table of the text,
 * its anchor in the page and its generated downloads. The document's page, the attachment index, the
 * build's copying of bundle files and the spreadsheet writer all read these.
 *
 * @param index     the attachment's position in the document's list, 0-based
 * @param file      the bundle file, resolved and normalised, or null for an address or a table
 * @param path      where that file is published, below the site root (e.g. {@code notices/a/附件1.pdf}), or null
 * @param anchor    the id of a table in its document's page (e.g. {@code table-1}), or null for other kinds
 * @param downloads a table's spreadsheets (XLSX, then CSV); empty for other kinds
 */
public record DocumentAttachment(Document document, Attachment attachment, int index, Path file, String path,
                                 String anchor, List<TableDownload> downloads) {

    public DocumentAttachment {
        downloads = List.copyOf(downloads);
    }

    /** {@code file}, {@code url} or {@code table}: what the attachments list shows it as. */
    public String kind() {
        return attachment.table() ? "table" : attachment.url() != null ? "url" : "file";
    }

    /** A file's format in words, e.g. Excel 电子表格（XLSX）; null for other kinds. */
    public String format() {
        return path == null ? null : FileFormats.describe(path);
    }

    /**
     * A spreadsheet generated from a table attachment.
     *
     * @param extension {@code xlsx} or {@code csv}
     * @param path      where it is published, below the site root, named after the attachment's title
     */
    public record TableDownload(String extension, String path) {

        /** The format in words, the link's text, e.g. Excel 电子表格（XLSX）. */
        public String format() {
            return FileFormats.describe(path);
        }
    }
}
