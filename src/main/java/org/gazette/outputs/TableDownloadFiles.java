package org.gazette.outputs;

import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.DocumentContext;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;

/**
 * The spreadsheets made from a document's attachment tables in one format ({@link TableDownloads}):
 * the catalogue lists one family for XLSX and one for CSV. Made in the per-document pass, since only
 * the rendered body knows a table's cells.
 */
public final class TableDownloadFiles implements Output {

    private final MediaType type;
    private final String extension;

    /** @param type {@link MediaType#XLSX} or {@link MediaType#CSV} */
    public TableDownloadFiles(MediaType type) {
        if (!type.equals(MediaType.XLSX) && !type.equals(MediaType.CSV)) {
            throw new IllegalArgumentException("tables are downloaded as XLSX or CSV, not " + type.type());
        }
        this.type = type;
        this.extension = type.suffix().substring(1);
    }

    @Override
    public String name() {
        return "表格下载（" + extension.toUpperCase(java.util.Locale.ROOT) + "）";
    }

    @Override
    public MediaType mediaType() {
        return type;
    }

    @Override
    public List<String> paths() {
        return List.of("**/*" + type.suffix());
    }

    @Override
    public Inputs inputs() {
        return Inputs.eachDocument();
    }

    @Override
    public Rendering rendering() {
        return Rendering.writer();
    }

    @Override
    public List<? extends Product> plan(DocumentContext context) {
        List<OutputFile> files = new ArrayList<>();
        for (TableDownloads.Download download : TableDownloads.of(context)) {
            if (download.extension().equals(extension)) {
                files.add(download.file(context.document().sourcePath()));
            }
        }
        return files;
    }
}
