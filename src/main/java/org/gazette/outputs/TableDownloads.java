package org.gazette.outputs;

import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.DocumentContext;
import org.gazette.content.Document;
import org.gazette.markup.BodyTable;
import org.gazette.site.AttachmentPaths;

/**
 * The downloads generated from a document's attachment tables ({@code table: true}): each table as
 * XLSX and as CSV, made while the document's body is rendered, since only the rendered body knows
 * the table's cells.
 */
public final class TableDownloads {

    private TableDownloads() {
    }

    /**
     * One generated file.
     *
     * @param tableTitle the title of the attachment it belongs to
     * @param extension  {@code xlsx} or {@code csv}
     * @param path       where it is published, below the site root
     * @param bytes      its content
     */
    public record Download(String tableTitle, String extension, String path, byte[] bytes) {

        /** The file to write; {@code origin} names the document for messages. */
        public OutputFile file(String origin) {
            return OutputFile.of(path, origin, bytes);
        }
    }

    /**
     * The downloads of a document in the per-document pass, made once however many families ask
     * (the two formats' families and the page that links to them).
     */
    public static List<Download> of(DocumentContext context) {
        return context.derived(TableDownloads.class, c -> of(c.document(), c.body().tables()));
    }

    /** The downloads of the document's attachment tables, XLSX before CSV for each. */
    public static List<Download> of(Document document, List<BodyTable> tables) {
        List<Download> downloads = new ArrayList<>();
        for (BodyTable table : tables) {
            downloads.add(new Download(table.title(), "xlsx",
                    AttachmentPaths.tableDownload(document, table.title(), "xlsx"), TableSpreadsheets.xlsx(table, document.date())));
            downloads.add(new Download(table.title(), "csv",
                    AttachmentPaths.tableDownload(document, table.title(), "csv"), TableSpreadsheets.csv(table)));
        }
        return downloads;
    }
}
