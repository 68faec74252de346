package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What every page of the built site is made of, read from its HTML as a browser without CSS or a
 * screen reader meets it: the language, one h1, landmarks, a skip link first, everything served by
 * the site itself, system fonts, and a document's parts in the order a reader needs them.
 */
class PageStructureIT {

    private final BuiltSite site = BuiltSite.get();

    @TestFactory
    Stream<DynamicTest> everyPageIsChineseWithOneH1LandmarksAndASkipLinkFirst() {
        return site.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            Document html = Jsoup.parse(page.file().toFile());
            SoftAssertions softly = new SoftAssertions();
            softly.assertThat(html.selectFirst("html").attr("lang")).as("language").isEqualTo("zh-CN");
            softly.assertThat(html.title()).as("title").isNotBlank();
            softly.assertThat(html.select("h1")).as("h1 elements").hasSize(1);
            softly.assertThat(html.select("main#main")).as("main landmark").hasSize(1);
            softly.assertThat(html.select("body > header")).as("banner landmark").hasSize(1);
            softly.assertThat(html.select("body > footer")).as("contentinfo landmark").hasSize(1);
            softly.assertThat(html.select("nav:not([aria-label]):not([aria-labelledby])")).as("navigation without a name").isEmpty();
            Element first = html.selectFirst("body a[href], body input, body button");
            softly.assertThat(first.attr("href")).as("first control: the skip link to the content").isEqualTo("#main");
            softly.assertThat(html.select("#elder + header label[for=elder], #elder + header .site-tools label[for=elder]"))
                    .as("the 长者模式 switch right before the header, its label first in it").isNotEmpty();
            softly.assertAll();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPageLoadsOnlyFilesOfTheSiteItself() {
        return site.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            Document html = Jsoup.parse(page.file().toFile());
            List<String> resources = new ArrayList<>();
            html.select("link[rel~=(?i)^(stylesheet|icon|preload|prefetch|modulepreload|manifest|apple-touch-icon)$]")
                    .forEach(e -> resources.add(e.attr("href")));
            html.select("script[src], img[src], source[src], video[src], audio[src], iframe[src], embed[src], input[src]")
                    .forEach(e -> resources.add(e.attr("src")));
            html.select("object[data]").forEach(e -> resources.add(e.attr("data")));
            html.select("[srcset]").forEach(e -> resources.add(e.attr("srcset")));
            html.select("[style]").forEach(e -> resources.add(e.attr("style")));

            assertThat(resources).as("files %s loads", page)
                    .allSatisfy(address -> assertThat(address).doesNotContainPattern("(?i)(^|[\\s(,'\"])(https?:)?//"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> stylesheetsUseSystemFontsAndNothingFromElsewhere() throws IOException {
        List<Path> stylesheets;
        try (Stream<Path> files = Files.walk(site.root())) {
            stylesheets = files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
        }
        assertThat(stylesheets).isNotEmpty();
        return stylesheets.stream().map(css -> dynamicTest(site.root().relativize(css).toString(), () -> {
            String text = Files.readString(css);
            assertThat(text).doesNotContain("@font-face").doesNotContain("@import")
                    .doesNotContainPattern("(?i)url\\(\\s*['\"]?(https?:)?//");
        }));
    }

    @TestFactory
    Stream<DynamicTest> documentsReadTitleMetadataBodyScheduleDeadlinesContactsAttachmentsInThisOrder() {
        return site.documents().stream().map(document -> dynamicTest(document.url(), () -> {
            Document html = Jsoup.parse(site.pageOf(document).file().toFile());
            List<Integer> positions = new ArrayList<>();
            for (String part : new String[] {"h1", ".meta-table", ".document-body", "#schedule", "#deadlines", "#contacts",
                    "#attachments", ".qr-code"}) {
                Element element = html.selectFirst(part);
                if (element != null) {
                    positions.add(html.getAllElements().indexOf(element));
                }
            }
            assertThat(positions).hasSizeGreaterThanOrEqualTo(4).isSorted();
        }));
    }
}
