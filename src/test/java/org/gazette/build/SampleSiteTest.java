package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gazette.testing.FileTrees;
import org.gazette.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The repository's own sample site, baked once: every document under {@code content/} becomes a
 * page that carries what its front matter says. Expectations are read from the sources with a plain
 * YAML parser, independently of Gazette's readers. A draft added to a copy of the sample is not
 * published anywhere.
 */
class SampleSiteTest {

    static final String DRAFT = "content/notices/2022/unfinished/index.md";
    static final String DRAFT_TITLE = "尚未定稿的通知草稿";

    static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    static Path folder;

    static Path source;
    static Path output;
    static BuildResult result;
    static JsonNode agencies;
    static JsonNode contacts;
    static final Map<String, Document> PAGES = new ConcurrentHashMap<>();

    @BeforeAll
    static void bakeTheSampleSiteWithADraftAdded() throws Exception {
        source = folder.resolve("src");
        for (String part : List.of("content", "data", "templates", "assets")) {
            FileTrees.copy(TestSite.REPOSITORY.resolve(part), source.resolve(part));
        }
        Files.createDirectories(source.resolve(DRAFT).getParent());
        Files.writeString(source.resolve(DRAFT), """
                ---
                title: %s
                date: 2022-05-23
                agencies: [linyi-kx]
                status: draft
                attachments:
                  - title: 草稿附件
                    file: 草稿附件.docx
                ---

                草稿正文，不应发布。
                """.formatted(DRAFT_TITLE), StandardCharsets.UTF_8);
        Files.write(source.resolve("content/notices/2022/unfinished/草稿附件.docx"), new byte[] {1, 2, 3});
        output = folder.resolve("out/site");
        result = new SiteBuilder().build(BuildOptions.build(source, output).on(LocalDate.of(2022, 5, 24)));
        agencies = YAML.readTree(source.resolve("data/agencies.yaml").toFile());
        contacts = YAML.readTree(source.resolve("data/contacts.yaml").toFile());
    }

    /** Every Markdown document of the repository's sample site, by source path. */
    static List<String> sampleDocuments() throws IOException {
        Path content = TestSite.REPOSITORY.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(f -> f.toString().endsWith(".md"))
                    .map(f -> "content/" + content.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static JsonNode frontMatter(String sourcePath) {
        try {
            String text = Files.readString(source.resolve(sourcePath), StandardCharsets.UTF_8);
            String[] parts = text.split("(?m)^---\\s*$", 3);
            return YAML.readTree(parts[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a document is published: {@code a/index.md} and {@code a.md} both at {@code a/}. */
    private static String urlOf(String sourcePath) {
        String path = sourcePath.substring("content/".length());
        if (path.endsWith("/index.md")) {
            return path.substring(0, path.length() - "index.md".length());
        }
        return path.substring(0, path.length() - ".md".length()) + "/";
    }

    private static Document page(String sourcePath) {
        return PAGES.computeIfAbsent(sourcePath, s -> {
            Path file = output.resolve(urlOf(s)).resolve("index.html");
            assertThat(file).as("page of %s", s).isRegularFile();
            try {
                return Jsoup.parse(file.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<String> texts(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(item -> values.add(item.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }

    private static String metadataRow(Document page, String label) {
        Element row = page.select("table.meta-table tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no metadata row " + label));
        return row.selectFirst("td").text();
    }

    private static String chineseDate(String iso) {
        LocalDate date = LocalDate.parse(iso);
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    @Test
    void publishesEveryDocumentOfTheSampleAndOnlyThose() throws IOException {
        assertThat(sampleDocuments()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(result.documents()).isEqualTo(sampleDocuments().size());
        assertThat(result.drafts()).containsExactly(DRAFT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleDocuments")
    void pageCarriesTheTitle(String sourcePath) {
        String title = frontMatter(sourcePath).get("title").asText();

        assertThat(page(sourcePath).selectFirst("main h1").text()).isEqualTo(title);
        assertThat(page(sourcePath).title()).startsWith(title);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleDocuments")
    void pageCarriesThePublicationDateInChineseForm(String sourcePath) {
        JsonNode date = frontMatter(sourcePath).get("date");
        if (date == null) {
            return; // simple pages have no date
        }
        assertThat(metadataRow(page(sourcePath), "发布日期")).isEqualTo(chineseDate(date.asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleDocuments")
    void pageCarriesTheDocumentNumber(String sourcePath) {
        JsonNode number = frontMatter(sourcePath).get("doc_number");
        if (frontMatter(sourcePath).get("date") == null) {
            return;
        }
        assertThat(metadataRow(page(sourcePath), "文号")).isEqualTo(number == null ? "无" : number.asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleDocuments")
    void pageNamesTheIssuingAgenciesInSigningOrder(String sourcePath) {
        List<String> ids = texts(frontMatter(sourcePath).get("agencies"));
        if (ids.isEmpty()) {
            return;
        }
        List<String> names = ids.stream().map(id -> agencies.get(id).get("name").asText()).toList();

        assertThat(metadataRow(page(sourcePath), "发布机构")).isEqualTo(String.join("、", names));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleDocuments")
    void pageListsEveryScheduleItem(String sourcePath) {
        JsonNode schedule = frontMatter(sourcePath).get("schedule");
        List<String> titles = new ArrayList<>();
        if (schedule != null) {
            schedule.forEach(item -> titles.add(item.get("title").asText()));
        }

        assertThat(page(sourcePath).select(".schedule-table tbody th[scope=row]")).extracting(Element::ownText)
                .containsExactlyInAnyOrderElementsOf(titles);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleDocuments")
    void pageListsEveryContactWithTheirNumbers(String sourcePath) {
        JsonNode list = frontMatter(sourcePath).get("contacts");
        List<String> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        if (list != null) {
            for (JsonNode item : list) {
                JsonNode contact = item.has("ref") ? contacts.get(item.get("ref").asText()) : item;
                names.add(contact.get("name").asText());
                numbers.addAll(texts(contact.get("phone")));
                numbers.addAll(texts(contact.get("mobile")));
            }
        }
        Document page = page(sourcePath);

        assertThat(page.select(".contact-name")).extracting(Element::ownText).containsExactlyElementsOf(names);
        assertThat(page.select(".contact-details a[href^=tel:]")).extracting(Element::text)
                .containsExactlyElementsOf(numbers);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleDocuments")
    void pageLinksEveryAttachmentAndPublishesItsFileUnchanged(String sourcePath) {
        JsonNode list = frontMatter(sourcePath).get("attachments");
        if (list == null) {
            assertThat(page(sourcePath).select(".attachment-list")).isEmpty();
            return;
        }
        Document page = page(sourcePath);
        for (JsonNode attachment : list) {
            String title = attachment.get("title").asText();
            Element link = page.select(".attachment-list a").stream().filter(a -> a.text().equals(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("no link to attachment " + title));
            String href = link.attr("href");
            if (attachment.has("file")) {
                String path = URI.create(href).getPath();
                String file = attachment.get("file").asText();
                assertThat(path).isEqualTo("/" + urlOf(sourcePath) + file);
                Path published = output.resolve(path.substring(1));
                Path original = source.resolve(sourcePath).resolveSibling(file);
                assertThat(published).isRegularFile();
                assertThat(FileTrees.sha256(published)).isEqualTo(FileTrees.sha256(original));
            } else if (attachment.has("url")) {
                assertThat(href).isEqualTo(attachment.get("url").asText());
            } else {
                assertThat(href).startsWith("#");
                Element table = page.getElementById(href.substring(1));
                assertThat(table == null ? null : table.tagName()).as("element linked by %s", title).isEqualTo("table");
            }
        }
    }

    @Test
    void draftHasNoPage() {
        assertThat(output.resolve("notices/2022/unfinished")).doesNotExist();
    }

    @Test
    void draftIsNamedNowhereOnTheSite() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            List<Path> mentioning = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml"))
                    .filter(f -> {
                        try {
                            String text = Files.readString(f, StandardCharsets.UTF_8);
                            return text.contains(DRAFT_TITLE) || text.contains("unfinished");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
            assertThat(mentioning).isEmpty();
        }
    }
}
