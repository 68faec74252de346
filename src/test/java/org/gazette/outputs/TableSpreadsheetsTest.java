package org.gazette.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.gazette.markup.BodyTable;
import org.junit.jupiter.api.Test;

/** The spreadsheets generated from a body table, read back with fastexcel-reader and commons-csv. */
class TableSpreadsheetsTest {

    /** The head of the statistics form of the xinxiang notice: a category spanning rows, a row spanning columns. */
    static final BodyTable FORM = new BodyTable("2022年全国科技活动周开展情况统计表", "table-1", List.of(
            List.of("类别", "项目", "数量"),
            List.of("科普活动开展次数", "举办活动次数", "12"),
            List.of("", "承接科技部活动任务个数", ""),
            List.of("活动周期间开放的科普场馆数量", "", "0373"),
            List.of("备注, 含逗号", "“引号”", "多行\n文字")),
            List.of(new BodyTable.Merge(1, 0, 2, 0), new BodyTable.Merge(3, 0, 3, 1)), 1);
    static final LocalDate DAY = LocalDate.of(2022, 5, 24);

    @Test
    void xlsxHasTheSameCells() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(TableSpreadsheets.xlsx(FORM, DAY)))) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> rows = sheet.read();

            assertThat(sheet.getName()).isEqualTo("2022年全国科技活动周开展情况统计表");
            assertThat(rows).hasSize(FORM.rows().size());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < 3; c++) {
                    String text = rows.get(r).getCellText(c);
                    assertThat(text == null ? "" : text).as("row %d column %d", r, c).isEqualTo(FORM.rows().get(r).get(c));
                }
            }
        }
    }

    @Test
    void xlsxKeepsTheMergedCells() throws IOException {
        String sheet = entry(TableSpreadsheets.xlsx(FORM, DAY), "xl/worksheets/sheet1.xml");
        List<String> merged = new ArrayList<>();
        Matcher m = Pattern.compile("<mergeCell ref=\"([A-Z0-9:]+)\"").matcher(sheet);
        while (m.find()) {
            merged.add(m.group(1));
        }

        assertThat(merged).containsExactlyInAnyOrder("A2:A3", "A4:B4");
    }

    @Test
    void xlsxStoresPlainNumbersAsNumbersButKeepsLeadingZeros() throws IOException {
        String sheet = entry(TableSpreadsheets.xlsx(FORM, DAY), "xl/worksheets/sheet1.xml");

        assertThat(sheet).contains("<c r=\"C2\" s=\"2\" t=\"n\"><v>12</v></c>");
        assertThat(sheet).doesNotContain("<v>373</v>");
    }

    @Test
    void xlsxIsTheSameOnEveryBuild() throws InterruptedException {
        byte[] first = TableSpreadsheets.xlsx(FORM, DAY);
        Thread.sleep(1100);

        // Several tries: fastexcel lists merged cells in hash order, which varies from object to object.
        for (int i = 0; i < 20; i++) {
            assertThat(TableSpreadsheets.xlsx(FORM, DAY)).isEqualTo(first);
        }
    }

    @Test
    void xlsxIsDatedWithTheDocument() throws IOException {
        assertThat(entry(TableSpreadsheets.xlsx(FORM, DAY), "docProps/core.xml")).contains(">2022-05-24T00:00:00Z<");
    }

    @Test
    void csvStartsWithAByteOrderMarkSoExcelReadsChinese() {
        byte[] csv = TableSpreadsheets.csv(FORM);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void csvHasTheSameCellsWithMergedTextInTheTopLeftCellOnly() throws IOException {
        byte[] csv = TableSpreadsheets.csv(FORM);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }

        assertThat(rows).isEqualTo(FORM.rows());
        assertThat(rows.get(2).get(0)).isEmpty();
    }

    @Test
    void csvEndsLinesWithCrlf() {
        String text = new String(TableSpreadsheets.csv(FORM), StandardCharsets.UTF_8);

        assertThat(text).contains("类别,项目,数量\r\n");
    }

    @Test
    void sheetNamesAvoidWhatExcelRejects() {
        assertThat(TableSpreadsheets.sheetName("附件2：统计表[汇总]/2022")).isEqualTo("附件2 统计表 汇总  2022");
        assertThat(TableSpreadsheets.sheetName("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三")).hasSize(31);
        assertThat(TableSpreadsheets.sheetName("：")).isEqualTo("表格");
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
