package org.gazette.pages;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The page count of a PDF, read with Apache PDFBox. A class of its own so PDFBox is loaded only when
 * a site has a PDF attachment.
 */
final class PdfPageCount {

    private PdfPageCount() {
    }

    /** @throws IOException when the file is not a PDF PDFBox can open (damaged, or locked with a password) */
    static int of(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages();
        }
    }
}
