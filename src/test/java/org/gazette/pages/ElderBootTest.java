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
 * Every page carries the remembered-长者模式 script inline in its head, before the stylesheet, and its
 * Content-Security-Policy lets exactly that text run: the hash a browser computes matches the build's.
 */
class ElderBootTest {

    @TempDir
    Path folder;

    @Test
    void thePolicyOfABuiltPageAllowsExactlyItsInlineScript() throws Exception {
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

        for (String path : List.of("index.html", "notices/a/index.html", "search/index.html", "404.html")) {
            Document page = Jsoup.parse(Files.readString(output.resolve(path), StandardCharsets.UTF_8));
            Element inline = page.selectFirst("head script:not([src]):not([type])");
            assertThat(inline).as("inline script of %s", path).isNotNull();
            String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");

            assertThat(policy).as(path).contains("script-src 'self' 'sha256-" + sha256(inline.data()) + "';");
            assertThat(inline.data()).as(path).contains("gazette-elder").contains("elder");
            assertThat(inline.elementSiblingIndex()).as("before the stylesheet, so it does not wait for it")
                    .isLessThan(page.selectFirst("head link[rel=stylesheet]").elementSiblingIndex());
            assertThat(page.selectFirst("head script[src$=site.js]").hasAttr("defer")).as(path).isTrue();
        }
        assertThat(output.resolve(ElderBoot.SOURCE)).as("carried inline, not published as a file").doesNotExist();
        assertThat(output.resolve("assets/js/site.js")).exists();
    }

    @Test
    void aScriptThatWouldEndItsElementIsReportedAndLeftOut() throws Exception {
        TestSite site = TestSite.in(folder.resolve("src"));
        site.write(ElderBoot.SOURCE, "var end = \"</script><b>\";\n");
        Problems problems = new Problems();

        assertThat(ElderBoot.read(site.root(), problems)).isNull();
        assertThat(problems.errors()).extracting(Problem::file).containsExactly(ElderBoot.SOURCE);
    }

    @Test
    void aSiteWithoutTheScriptHasNone() throws Exception {
        Problems problems = new Problems();

        assertThat(ElderBoot.read(folder, problems)).isNull();
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void theHashIsTheBase64OfTheTextsSha256() throws Exception {
        assertThat(ElderBoot.hashOf("alert('Hello, world.');"))
                .as("the example of the CSP specification")
                .isEqualTo("sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=");
        assertThat(ElderBoot.of("x();").hash()).isEqualTo("sha256-" + sha256("x();"));
    }

    private static String sha256(String text) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
