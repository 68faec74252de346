package org.gazette.outputs;

import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.markup.BodyTable;
import org.gazette.site.DocumentAttachment;
import org.gazette.site.DocumentAttachments;

/**
 * The downloads generated from a document's attachment tables ({@code table: true}): the files the
 * site model lists for each table ({@link DocumentAttachment#downloads()}: XLSX and CSV), made while
 * the document's body is rendered, since only the rendered body knows the table's cells.
 */
public final class TableDownloads {

    private TableDownloads() {
    }

    /**
     * One generated file.
     *
     * @param download  what the site model says it is and where it is published
     * @param bytes     its content
     */
    public record Download(DocumentAttachment.TableDownload download, byte[] bytes) {

        /** Where it is published, below the site root. */
        public String path() {
            return download.path();
        }

        /** The file to write; {@code origin} names the document for messages. */
        public OutputFile file(String origin) {
            return OutputFile.of(download.path(), origin, bytes);
        }
    }

    /**
     * The downloads of the document's attachment tables, in the site model's order; a table the body
     * did not show (already reported) has none.
     */
    public static List<Download> of(Document document, DocumentAttachments attachments, List<BodyTable> tables) {
        List<Download> downloads = new ArrayList<>();
        for (DocumentAttachment attachment : attachments.tables()) {
            BodyTable table = tables.stream().filter(t -> t.anchorId().equals(attachment.anchor())).findFirst().orElse(null);
            if (table == null) {
                continue;
            }
            for (DocumentAttachment.TableDownload download : attachment.downloads()) {
                downloads.add(new Download(download, bytes(table, download.extension(), document)));
            }
        }
        return downloads;
    }

    private static byte[] bytes(BodyTable table, String extension, Document document) {
        return switch (extension) {
            case "xlsx" -> TableSpreadsheets.xlsx(table, document.date());
            case "csv" -> TableSpreadsheets.csv(table);
            default -> throw new IllegalArgumentException("no spreadsheet writer for ." + extension);
        };
    }
}
