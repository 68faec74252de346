package org.gazette.outputs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gazette.markup.BodyTable;

/**
 * A body table as a spreadsheet: XLSX with its merged cells kept, and CSV in UTF-8 with a byte order
 * mark (without it Excel on Windows reads Chinese as GBK and shows garbage). Both carry exactly the
 * table's grid: in CSV a merged cell's text stands in its top-left cell and the others are empty.
 */
public final class TableSpreadsheets {

    /** Plain numbers become numeric cells; numbers with a leading zero (area codes, ids) stay text. */
    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9]\\d{0,14})(?:\\.\\d{1,10})?");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Excel's limit on sheet names. */
    private static final int SHEET_NAME_LIMIT = 31;
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");
    private static final Pattern MERGE_BLOCK = Pattern.compile("(<mergeCells[^>]*>)(.*?)</mergeCells>", Pattern.DOTALL);
    private static final Pattern MERGE_CELL = Pattern.compile("<mergeCell [^>]*/>");
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private TableSpreadsheets() {
    }

    /**
     * The table as an XLSX workbook with one sheet named after it; header rows bold, every cell
     * bordered.
     *
     * @param created the creation date recorded in the workbook's properties (the document's date),
     *                so the file does not change from build to build
     */
    public static byte[] xlsx(BodyTable table, LocalDate created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Gazette", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
            List<List<String>> rows = table.rows();
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String text = rows.get(r).get(c);
                    if (NUMBER.matcher(text).matches()) {
                        sheet.value(r, c, new BigDecimal(text));
                    } else if (!text.isEmpty()) {
                        sheet.value(r, c, text);
                    }
                    var style = sheet.style(r, c).borderStyle("thin").wrapText(true).verticalAlignment("center");
                    (r < table.headerRows() ? style.bold() : style).set();
                }
            }
            for (BodyTable.Merge merge : table.merges()) {
                sheet.range(merge.firstRow(), merge.firstColumn(), merge.lastRow(), merge.lastColumn()).merge();
            }
            int columns = rows.isEmpty() ? 0 : rows.get(0).size();
            for (int c = 0; c < columns; c++) {
                sheet.width(c, columnWidth(table, c));
            }
            workbook.finish();
            return normalised(out.toByteArray(), created);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
    }

    /**
     * fastexcel's output varies from run to run in two places: {@code docProps/core.xml} is stamped
     * with the clock, and merged cells are listed in hash order. The package is copied with the stamp
     * replaced, the merged cells sorted and every entry dated 1980-01-01, the earliest a ZIP can say.
     * fastexcel's streamed ZIP is only readable through its central directory, hence the temporary file.
     */
    private static byte[] normalised(byte[] xlsx, LocalDate created) throws IOException {
        String stamp = created.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        Path temporary = Files.createTempFile("gazette-table", ".xlsx");
        try {
            Files.write(temporary, xlsx);
            ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
            try (ZipFile in = new ZipFile(temporary.toFile());
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream stream = in.getInputStream(entry)) {
                        content = stream.readAllBytes();
                    }
                    if (entry.getName().equals("docProps/core.xml")) {
                        content = CREATED.matcher(new String(content, StandardCharsets.UTF_8))
                                .replaceFirst("$1" + stamp + "$2").getBytes(StandardCharsets.UTF_8);
                    } else if (entry.getName().startsWith("xl/worksheets/")) {
                        content = sortMerges(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(ZIP_EPOCH);
                    zip.putNextEntry(copy);
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String sortMerges(String sheet) {
        Matcher block = MERGE_BLOCK.matcher(sheet);
        if (!block.find()) {
            return sheet;
        }
        List<String> cells = new ArrayList<>();
        Matcher cell = MERGE_CELL.matcher(block.group(2));
        while (cell.find()) {
            cells.add(cell.group());
        }
        Collections.sort(cells);
        return sheet.substring(0, block.start(2)) + String.join("", cells) + sheet.substring(block.end(2));
    }

    /** The table as CSV (RFC 4180, CRLF), UTF-8 with a byte order mark. */
    public static byte[] csv(BodyTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            for (List<String> row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** A sheet name Excel accepts: no {@code []:*?/\}, at most 31 characters, not empty. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\：]", " ").strip();
        if (name.length() > SHEET_NAME_LIMIT) {
            name = name.substring(0, SHEET_NAME_LIMIT).strip();
        }
        return name.isEmpty() ? "表格" : name;
    }

    /**
     * A width that fits the longest unmerged text of a column, a CJK character counting as two, within
     * sensible bounds; long texts wrap.
     */
    private static double columnWidth(BodyTable table, int column) {
        int widest = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            if (!isMergedAcrossColumns(table, r, column)) {
                widest = Math.max(widest, displayWidth(table.rows().get(r).get(column)));
            }
        }
        return Math.max(8, Math.min(50, widest + 2));
    }

    private static boolean isMergedAcrossColumns(BodyTable table, int row, int column) {
        for (BodyTable.Merge merge : table.merges()) {
            if (merge.firstRow() <= row && row <= merge.lastRow() && merge.firstColumn() <= column
                    && column <= merge.lastColumn() && merge.firstColumn() != merge.lastColumn()) {
                return true;
            }
        }
        return false;
    }

    private static int displayWidth(String text) {
        return text.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) ? 2 : 1).sum();
    }
}
