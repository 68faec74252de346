package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.gazette.testing.TestSite;
import org.gazette.validation.Problem;
import org.gazette.validation.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page carries the remembered-长者模式 script inline in its head, before the stylesheet, and the search
 * page its own script too; each page's Content-Security-Policy lets exactly those texts run: the hash a
 * browser computes matches the build's.
 */
class InlineScriptsTest {

    @TempDir
    Path folder;

    @Test
    void thePolicyOfABuiltPageAllowsExactlyItsInlineScript() throws Exception {
        Path output = builtSite();

        for (String path : List.of("index.html", "notices/a/index.html", "search/index.html", "404.html")) {
            Document page = Jsoup.parse(Files.readString(output.resolve(path), StandardCharsets.UTF_8));
            Element inline = page.selectFirst("head script:not([src]):not([type])");
            assertThat(inline).as("inline script of %s", path).isNotNull();
            String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");

            assertThat(policy).as(path).contains("script-src 'self' 'sha256-" + sha256(inline.data()) + "'");
            assertThat(inline.data()).as(path).contains("gazette-elder").contains("elder");
            assertThat(inline.elementSiblingIndex()).as("before the stylesheet, so it does not wait for it")
                    .isLessThan(page.selectFirst("head link[rel=stylesheet]").elementSiblingIndex());
            assertThat(page.selectFirst("head script[src$=site.js]").hasAttr("defer")).as(path).isTrue();
        }
        assertThat(output.resolve(InlineScripts.ELDER_BOOT)).as("carried inline, not published as a file").doesNotExist();
        assertThat(output.resolve("assets/js/site.js")).exists();
    }

    @Test
    void theSearchPagesPolicyAllowsItsOwnScriptAndNoOtherPageDoes() throws Exception {
        Path output = builtSite();

        Document search = Jsoup.parse(Files.readString(output.resolve("search/index.html"), StandardCharsets.UTF_8));
        List<Element> inline = search.select("head script:not([src]):not([type])");
        assertThat(inline).hasSize(2);
        String policy = search.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(policy).contains("script-src 'self' 'sha256-" + sha256(inline.get(0).data()) + "' 'sha256-"
                + sha256(inline.get(1).data()) + "';");
        assertThat(inline.get(1).attr("data-shards")).as("the search script").isNotEmpty();

        Document notice = Jsoup.parse(Files.readString(output.resolve("notices/a/index.html"), StandardCharsets.UTF_8));
        assertThat(notice.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .doesNotContain(sha256(inline.get(1).data()));
    }

    @Test
    void aScriptThatWouldEndItsElementIsReportedAndLeftOut() throws Exception {
        TestSite site = TestSite.in(folder.resolve("src"));
        site.write(InlineScripts.ELDER_BOOT, "var end = \"</script><b>\";\n");
        site.write("assets/js/search.js", "var start = \"<!-- \";\n");
        Problems problems = new Problems();

        InlineScripts scripts = InlineScripts.read(site.root(), problems);

        assertThat(scripts.elderBoot()).isNull();
        assertThat(scripts.pageScripts()).isEmpty();
        assertThat(problems.errors()).extracting(Problem::file).containsExactlyInAnyOrder(InlineScripts.ELDER_BOOT, "assets/js/search.js");
    }

    @Test
    void aSiteWithoutTheScriptsHasNone() throws Exception {
        Problems problems = new Problems();

        assertThat(InlineScripts.read(folder, problems)).isEqualTo(InlineScripts.NONE);
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void theHashIsTheBase64OfTheTextsSha256() throws Exception {
        assertThat(InlineScript.hashOf("alert('Hello, world.');"))
                .as("the example of the CSP specification")
                .isEqualTo("sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=");
        assertThat(InlineScript.of("x();").hash()).isEqualTo("sha256-" + sha256("x();"));
    }

    /** The repository's templates and assets building one notice. */
    private Path builtSite() throws Exception {
        TestSite site = TestSite.in(folder.resolve("src"));
        site.write("content/notices/a.md", """
                ---
                title: 关于开展科技活动周的通知
                date: 2022-05-24
                agencies: [kjj]
                ---
                正文。
                """);
        Path output = folder.resolve("out/site");
        site.build(output, LocalDate.of(2022, 5, 24));
        return output;
    }

    private static String sha256(String text) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
