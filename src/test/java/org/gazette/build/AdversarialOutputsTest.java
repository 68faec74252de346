package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import ezvcard.Ezvcard;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.gazette.content.text.EditorText;
import org.gazette.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file a site publishes stays well-formed whatever Unicode the editor typed or pasted: markup
 * characters, a CDATA end, control characters from Word (removed when read), noncharacters, emoji,
 * bidirectional overrides, line and paragraph separators, YAML escapes. Each kind of output is
 * parsed back by a standard parser: XML by the JDK's, JSON and JSON-LD by Jackson, iCalendar by
 * ical4j (strict), vCard by ez-vcard, CSV by Commons CSV, XLSX by fastexcel; and no text output
 * carries a character XML, HTML, iCalendar or vCard forbid.
 */
class AdversarialOutputsTest {

    /** Text typed and pasted: raw control characters and noncharacters, as Word and odd editors leave them. */
    static final String NASTY = "<b>&amp;\"'</b> ]]> \u000B\u000C\u0001\u007F\u0085 \uFFFE\uFFFF 😀 \u202Eevil\u202C"
            + " \u2028\u2029 \\ ;,:/ \uFEFF";
    /** The same written as YAML escapes inside double quotes, which reach the value as Unicode. */
    static final String ESCAPED = "\\u00A0\\u200B \\U0001F600 \\\" \\t";

    static final LocalDate DAY = LocalDate.of(2022, 5, 20);

    @TempDir
    static Path folder;

    static Path site;

    @BeforeAll
    static void buildASiteOfHostileText() throws Exception {
        TestSite source = TestSite.in(folder.resolve("src"));
        source.write("data/site.yaml", TestSite.SITE_YAML.replace("title: 测试科技局网站", "title: 测试" + NASTY));
        source.write("data/agencies.yaml", TestSite.AGENCIES_YAML.replace("name: 某县科学技术局", "name: 某县" + NASTY)
                + "  address: 某县" + NASTY + "\n");
        source.write("data/contacts.yaml", TestSite.CONTACTS_YAML.replace("org: 某县科学技术局", "org: 某县" + NASTY));
        source.write("content/notices/sci-week/index.md", """
                ---
                title: 通知NASTY
                date: 2022-05-19
                agencies: [kjj, kx]
                campaign: sci-week-2022
                summary: "摘要ESCAPED"
                topics:
                  - 科普NASTY
                schedule:
                  - title: 启动仪式NASTY
                    start: 2022-05-21 09:00
                    end: 2022-05-21 11:00
                    location: 广场NASTY
                    description: 说明NASTY
                deadlines:
                  - title: 报送总结NASTY
                    due: 2022-06-14
                    submit_to: 科普科NASTY
                    materials:
                      - 总结NASTY
                contacts:
                  - ref: wang
                  - name: 李NASTY
                    org: 科协NASTY
                    address: 地址NASTY
                    phone: "0955-8812006"
                attachments:
                  - title: 统计表
                    table: true
                ---

                正文NASTY

                ## 附件 统计表

                | 单位NASTY | 场次 |
                |---|---|
                | 某县NASTY | 3 |
                """.replace("NASTY", NASTY).replace("ESCAPED", ESCAPED));
        site = folder.resolve("site");
        try {
            source.build(site, DAY);
        } catch (org.gazette.validation.BuildFailedException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    @Test
    void everyXmlFileParses() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Path file : files(".xml")) {
            factory.newDocumentBuilder().parse(file.toFile());
        }
        assertThat(files(".xml")).extracting(p -> p.getFileName().toString()).contains("feed.xml", "sitemap.xml");
    }

    @Test
    void everyJsonLdBlockAndJsonFileParses() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int blocks = 0;
        for (Path page : files(".html")) {
            for (Element script : Jsoup.parse(page.toFile(), "UTF-8").select("script[type=application/ld+json]")) {
                json.readTree(script.data());
                blocks++;
            }
        }
        assertThat(blocks).as("JSON-LD blocks").isPositive();
        for (Path file : files(".json")) {
            json.readTree(file.toFile());
        }
    }

    @Test
    void everyCalendarFileParsesStrictly() throws Exception {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        assertThat(files(".ics")).isNotEmpty();
        for (Path file : files(".ics")) {
            try (InputStream in = Files.newInputStream(file)) {
                assertThat(new CalendarBuilder().build(in).getComponents()).as(file.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void everyContactCardParses() throws Exception {
        assertThat(files(".vcf")).isNotEmpty();
        for (Path file : files(".vcf")) {
            assertThat(Ezvcard.parse(Files.readString(file, StandardCharsets.UTF_8)).all()).as(file.toString()).isNotEmpty();
        }
    }

    @Test
    void everySpreadsheetAndCsvParses() throws Exception {
        assertThat(files(".xlsx")).isNotEmpty();
        for (Path file : files(".xlsx")) {
            try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
                assertThat(workbook.getFirstSheet().read()).isNotEmpty();
            }
        }
        assertThat(files(".csv")).isNotEmpty();
        for (Path file : files(".csv")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords()).isNotEmpty();
        }
    }

    @Test
    void noTextOutputCarriesAnUnpublishableCharacter() throws IOException {
        for (String kind : List.of(".html", ".xml", ".ics", ".vcf", ".csv", ".json")) {
            for (Path file : files(kind)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(EditorText.firstUnpublishable(text)).as("unpublishable character in %s", file).isNegative();
            }
        }
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }
}
