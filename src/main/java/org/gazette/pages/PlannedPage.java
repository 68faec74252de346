package org.gazette.pages;

import org.gazette.catalogue.Product;

/**
 * One page a build writes.
 *
 * @param kind       the page kind, which selects its template
 * @param outputPath the file below the site root, e.g. {@code notices/index.html}
 * @param meta       title, breadcrumbs and the like
 * @param model      what the page shows; the template sees it as {@code page}
 * @param origin     the source file that asked for the page, or a description of a generated page
 */
public record PlannedPage(String kind, String outputPath, PageMeta meta, Object model, String origin) implements Product {

    @Override
    public String path() {
        return outputPath;
    }

    /** The output file for a page path: {@code notices/} → {@code notices/index.html}. */
    public static String indexFile(String path) {
        return path + "index.html";
    }
}
