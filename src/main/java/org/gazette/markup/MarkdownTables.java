package org.gazette.markup;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Attachment;

/**
 * Finds, in a Markdown body's syntax tree, the table each {@code table: true} attachment names (the
 * first table after a heading whose text contains the attachment's title) and reads it as a grid of
 * cell texts, as {@link TableGrids} reads an HTML table. The texts are what the page shows: decoded,
 * images left out, white space collapsed.
 */
final class MarkdownTables {

    private MarkdownTables() {
    }

    /**
     * The attachment tables, each marked in the run for its writer; a missing one is reported to the
     * run. Null when a cell holds text whose reading this class cannot vouch for (the allowlist path
     * reads it then).
     */
    static List<BodyTable> attach(Document ast, BodyContext context, BodyRun run) {
        List<BodyTable> tables = new ArrayList<>();
        if (context.tables().isEmpty()) {
            return tables;
        }
        List<Node> order = new ArrayList<>();
        for (Node node : ast.getDescendants()) {
            if (node instanceof Heading || node instanceof TableBlock) {
                order.add(node);
            }
        }
        int n = 0;
        for (Attachment attachment : context.tables()) {
            n++;
            String title = attachment.title();
            TableBlock table = tableUnderHeading(order, title);
            if (table == null) {
                run.tableProblems().error(attachment.line(), "attachments",
                        "附件“" + title + "”写了 table: true，但正文中找不到标题含有这一名称、其后跟着表格的小标题",
                        "在正文中表格前加一个小标题，例如 ## " + (title.startsWith("附件") ? title : "附件 " + title));
                continue;
            }
            run.attach(table, n);
            BodyTable grid = toGrid(title, BodyTable.anchorId(n), table);
            if (grid == null) {
                return null;
            }
            tables.add(grid);
        }
        return tables;
    }

    private static TableBlock tableUnderHeading(List<Node> order, String title) {
        String wanted = title.replaceAll("\\s+", "");
        boolean found = false;
        for (Node node : order) {
            if (node instanceof Heading heading) {
                String text = text(heading);
                if (text == null) {
                    return null;
                }
                found |= text.replaceAll("\\s+", "").contains(wanted);
            } else if (found) {
                return (TableBlock) node;
            }
        }
        return null;
    }

    private static BodyTable toGrid(String title, String anchorId, TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        int headerRows = 0;
        int width = 0;
        for (Node section : table.getChildren()) {
            if (!(section instanceof TableHead) && !(section instanceof TableBody)) {
                continue;
            }
            for (Node row : section.getChildren()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell : row.getChildren()) {
                    if (cell instanceof TableCell) {
                        String text = text(cell);
                        if (text == null) {
                            return null;
                        }
                        cells.add(text);
                    }
                }
                rows.add(cells);
                width = Math.max(width, cells.size());
                if (section instanceof TableHead) {
                    headerRows = rows.size();
                }
            }
        }
        for (List<String> row : rows) {
            while (row.size() < width) {
                row.add("");
            }
        }
        return new BodyTable(title, anchorId, rows, List.of(), headerRows);
    }

    /**
     * The text a reader sees in a heading or cell, white space collapsed and trimmed as an HTML
     * tree's text is; null for a no-break or invisible space or an undefined reference, which the
     * allowlist path reads.
     */
    private static String text(Node node) {
        StringBuilder raw = new StringBuilder();
        if (!collect(node, raw)) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u00a0' || c == '\u200b' || c == '\u00ad') {
                return null;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static boolean collect(Node node, StringBuilder out) {
        for (Node child : node.getChildren()) {
            if (child instanceof RefNode ref && !ref.isDefined()) {
                // Written as its brackets and text; read by the allowlist path rather than guessed.
                return false;
            }
            if (child instanceof Text || child instanceof HtmlEntity) {
                out.append(child.getChars().unescape());
            } else if (child instanceof Code code) {
                out.append(Escaping.collapseWhitespace(code.getText(), true));
            } else if (child instanceof Image || child instanceof ImageRef) {
                continue;
            } else if (child.hasChildren()) {
                if (!collect(child, out)) {
                    return false;
                }
            } else {
                // Line breaks, and any other leaf: a break between words in the page's text.
                out.append(' ');
            }
        }
        return true;
    }
}
