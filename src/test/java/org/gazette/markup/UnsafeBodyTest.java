package org.gazette.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gazette.build.BuildResult;
import org.gazette.testing.TestSite;
import org.gazette.validation.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML that could run code in a reader's browser never reaches a page, and the editor is told it was
 * removed. The rest of the text is published.
 */
class UnsafeBodyTest {

    static final String HEADER = """
            ---
            title: 通知
            date: 2022-05-24
            agencies: [kjj]
            ---

            第一段文字。

            """;

    @TempDir
    static Path folder;

    static BuildResult result;
    static Path output;

    @BeforeAll
    static void buildDocumentsWithUnsafeHtml() throws Exception {
        TestSite site = TestSite.in(folder.resolve("src"));
        site.write("content/notices/script.md", HEADER + "<script>alert('script')</script>\n\n最后一段。\n");
        site.write("content/notices/onclick.md", HEADER + "<p onclick=\"alert('onclick')\">点我</p>\n\n最后一段。\n");
        site.write("content/notices/javascript.md", HEADER + "[点此报名](javascript:alert('link'))\n\n最后一段。\n");
        site.write("content/notices/iframe.md", HEADER + "<iframe src=\"https://evil.example/\"></iframe>\n\n最后一段。\n");
        site.write("content/notices/clean.md", HEADER + "<table><tr><th>单位</th></tr><tr><td>县科协</td></tr></table>\n");
        output = folder.resolve("out/site");
        result = site.build(output, LocalDate.of(2022, 5, 24));
    }

    private static Element mainOf(String name) throws IOException {
        String html = Files.readString(output.resolve("notices/" + name + "/index.html"), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        return page.selectFirst("main");
    }

    private static Problem warningFor(String name) {
        List<Problem> warnings = result.warnings().stream()
                .filter(w -> w.file().equals("content/notices/" + name + ".md")).toList();
        assertThat(warnings).hasSize(1);
        return warnings.get(0);
    }

    @Test
    void scriptIsRemovedAndTheEditorWarned() throws IOException {
        Element main = mainOf("script");

        assertThat(main.select("script")).isEmpty();
        assertThat(main.html()).doesNotContain("alert");
        assertThat(main.text()).contains("第一段文字。", "最后一段。");
        assertThat(warningFor("script").field()).isEqualTo("正文");
    }

    @Test
    void eventHandlerAttributeIsRemovedAndTheEditorWarned() throws IOException {
        Element main = mainOf("onclick");

        assertThat(main.select("[onclick]")).isEmpty();
        assertThat(main.html()).doesNotContain("alert");
        assertThat(main.text()).contains("点我");
        assertThat(warningFor("onclick").field()).isEqualTo("正文");
    }

    @Test
    void javascriptLinkIsRemovedAndTheEditorWarned() throws IOException {
        Element main = mainOf("javascript");

        assertThat(main.select("a[href]")).extracting(a -> a.attr("href")).noneMatch(href -> href.toLowerCase().contains("javascript"));
        assertThat(main.html()).doesNotContain("alert");
        assertThat(main.text()).contains("点此报名");
        assertThat(warningFor("javascript").line()).isEqualTo(9);
    }

    @Test
    void iframeIsRemovedAndTheEditorWarned() throws IOException {
        Element main = mainOf("iframe");

        assertThat(main.select("iframe")).isEmpty();
        assertThat(main.html()).doesNotContain("evil.example");
        assertThat(warningFor("iframe").field()).isEqualTo("正文");
    }

    @Test
    void simpleHtmlTablesPassWithoutWarning() throws IOException {
        Element main = mainOf("clean");

        assertThat(main.select(".document-body table td").text()).isEqualTo("县科协");
        assertThat(result.warnings()).noneMatch(w -> w.file().equals("content/notices/clean.md"));
    }
}
