package org.gazette.markup;

import java.util.List;
import org.gazette.site.AttachmentPaths;

/**
 * A table of the body declared as an attachment ({@code table: true}), as a grid of cell texts with
 * merged cells resolved: {@code cells} has one entry per grid position, and a merged cell's text
 * stands in its top-left position only, the others being empty strings; {@code merges} lists the
 * merged areas.
 *
 * @param title    the attachment title
 * @param anchorId the id of the table in the page
 * @param rows     the grid, row by row
 * @param merges   merged areas, zero-based and inclusive
 * @param headerRows how many leading rows are header rows
 */
public record BodyTable(String title, String anchorId, List<List<String>> rows, List<Merge> merges, int headerRows) {

    public BodyTable {
        rows = rows.stream().map(List::copyOf).toList();
        merges = List.copyOf(merges);
    }

    /**
     * The id of the n-th attachment table (1-based, in the order the document's attachments list
     * them), so other pages can link to the table before the body is rendered: the site model's rule.
     */
    public static String anchorId(int n) {
        return AttachmentPaths.tableAnchor(n);
    }

    /** A rectangle of merged cells. */
    public record Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    }
}
