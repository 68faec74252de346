package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from front matter is printed as text: templates escape every value, so markup in a title stays visible text. */
class AutoEscapingTest {

    static final String TITLE = "<b>&\"";

    @TempDir
    static Path folder;

    static String html;

    @BeforeAll
    static void buildADocumentWithMarkupInItsFrontMatter() throws Exception {
        TestSite site = TestSite.in(folder.resolve("src"));
        site.write("content/notices/a.md", """
                ---
                title: '<b>&"'
                date: 2022-05-24
                agencies: [kjj]
                doc_number: <i>某科发</i>
                summary: '"><script>alert(1)</script>'
                ---
                """);
        Path output = folder.resolve("out/site");
        site.build(output, LocalDate.of(2022, 5, 24));
        html = Files.readString(output.resolve("notices/a/index.html"), StandardCharsets.UTF_8);
    }

    @Test
    void titleIsEscapedInTheHeading() {
        Document page = Jsoup.parse(html);

        assertThat(page.selectFirst("h1").text()).isEqualTo(TITLE);
        assertThat(page.select("h1 b")).isEmpty();
        assertThat(html).contains("<h1>&lt;b&gt;&amp;&quot;</h1>");
    }

    @Test
    void titleIsEscapedInTheDocumentTitle() {
        assertThat(Jsoup.parse(html).title()).startsWith(TITLE + " - ");
        assertThat(html).doesNotContain("<b>");
    }

    @Test
    void valuesAreEscapedInsideAttributes() {
        Document page = Jsoup.parse(html);

        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("\"><script>alert(1)</script>");
        // JSON-LD is a data block, never run; what it holds cannot end its element (checked in feeds.StructuredDataTest).
        assertThat(page.select("script[src]")).allSatisfy(script -> assertThat(script.attr("src")).endsWith("site.js"));
        // The one inline script is the site's own asset (pages.InlineScripts), the same on every page.
        assertThat(page.select("script:not([src]):not([type=application/ld+json])")).singleElement()
                .satisfies(script -> assertThat(script.data()).startsWith("(function(){try{").doesNotContain("alert"));
        assertThat(page.select("script[type=application/ld+json]")).allSatisfy(data -> assertThat(data.data()).doesNotContain("<"));
    }

    @Test
    void otherFieldsAreEscapedToo() {
        Document page = Jsoup.parse(html);

        assertThat(page.select("main i")).isEmpty();
        assertThat(page.selectFirst(".doc-number").text()).isEqualTo("<i>某科发</i>");
    }
}
