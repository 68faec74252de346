package org.gazette.markup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Turns an HTML table with {@code rowspan}/{@code colspan} into a rectangular grid of cell texts. */
final class TableGrids {

    private TableGrids() {
    }

    static BodyTable toGrid(String title, String anchorId, Element table) {
        List<Element> rows = table.select("> thead > tr, > tbody > tr, > tfoot > tr, > tr");
        Map<Long, String> cells = new HashMap<>();
        List<BodyTable.Merge> merges = new ArrayList<>();
        int width = 0;
        int headerRows = 0;
        for (int r = 0; r < rows.size(); r++) {
            Element row = rows.get(r);
            if ("thead".equals(row.parent().tagName())) {
                headerRows = r + 1;
            }
            int c = 0;
            for (Element cell : row.children()) {
                if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) {
                    continue;
                }
                while (cells.containsKey(key(r, c))) {
                    c++;
                }
                int rowspan = span(cell.attr("rowspan"));
                int colspan = span(cell.attr("colspan"));
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        cells.put(key(r + dr, c + dc), dr == 0 && dc == 0 ? cell.text().strip() : "");
                    }
                }
                if (rowspan > 1 || colspan > 1) {
                    merges.add(new BodyTable.Merge(r, c, r + rowspan - 1, c + colspan - 1));
                }
                c += colspan;
                width = Math.max(width, c);
            }
        }
        int height = rows.size();
        for (BodyTable.Merge merge : merges) {
            height = Math.max(height, merge.lastRow() + 1);
        }
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                line.add(cells.getOrDefault(key(r, c), ""));
            }
            grid.add(line);
        }
        return new BodyTable(title, anchorId, grid, merges, headerRows);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static int span(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return n < 1 ? 1 : Math.min(n, 1000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
