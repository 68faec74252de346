package org.gazette.outputs;

import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.DocumentContext;
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

        /** {@code xlsx} or {@code csv}. */
        public String extension() {
            return download.extension();
        }

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
     * The downloads of a document in the per-document pass, made once however many families ask
     * (the two formats' families and the page that links to them).
     */
    public static List<Download> of(DocumentContext context) {
        DocumentAttachments attachments = attachments(context); // outside: the memo is a HashMap, not reentrant
        return context.derived(TableDownloads.class, c -> of(c.document(), attachments, c.body().tables()));
    }

    /**
     * The document's attachments as the site model derives them, once per document however many of
     * its families ask (these downloads and the document's page).
     */
    public static DocumentAttachments attachments(DocumentContext context) {
        return context.derived(DocumentAttachments.class, c -> DocumentAttachments.of(c.document()));
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
