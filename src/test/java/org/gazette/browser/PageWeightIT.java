package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.gazette.site.UrlPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The weight budget that keeps pages quick on old phones and slow links: every page with its CSS and
 * JavaScript under 100 KB uncompressed (images and attachments aside), its CSS under 25 KB and its
 * JavaScript under 8 KB, besides the one page script a page may have of its own with its own budget
 * (the search page's {@code search.js}, under 12 KB, linked or carried inline). Sizes are those of the published files, which
 * the build minifies ({@code minify.AssetMinifier}; figures in docs/performance.md).
 */
class PageWeightIT {

    private static final long PAGE_BUDGET = 100 * 1024;
    private static final long CSS_BUDGET = 25 * 1024;
    private static final long JS_BUDGET = 8 * 1024;
    /** Scripts only one page loads, each with its own budget, outside the 8 KB every page may load. */
    private static final Map<String, Long> PAGE_SCRIPTS = Map.of("assets/js/search.js", 12L * 1024);

    private final BuiltSite site = BuiltSite.get();

    @TestFactory
    Stream<DynamicTest> everyPageWithItsCssAndJavaScriptIsUnder100Kilobytes() {
        return site.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            Weight weight = weigh(page);
            assertThat(weight.html() + weight.css() + weight.js()).as("bytes of %s: %s", page, weight).isLessThan(PAGE_BUDGET);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPageLoadsUnder25KilobytesOfCss() {
        return site.pages().stream().map(page -> dynamicTest(page.toString(),
                () -> assertThat(weigh(page).css()).isLessThan(CSS_BUDGET)));
    }

    @TestFactory
    Stream<DynamicTest> everyPageLoadsUnder8KilobytesOfJavaScript() {
        return site.pages().stream().map(page -> dynamicTest(page.toString(),
                () -> assertThat(weigh(page).js() - weigh(page).pageScript()).isLessThan(JS_BUDGET)));
    }

    @TestFactory
    Stream<DynamicTest> eachPageScriptKeepsItsOwnBudget() {
        return PAGE_SCRIPTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(script -> dynamicTest(script.getKey(),
                () -> assertThat(size(site.basePath() + script.getKey())).isLessThan(script.getValue())));
    }

    private Weight weigh(BuiltSite.Page page) throws IOException {
        Document html = Jsoup.parse(page.file().toFile());
        long css = html.select("link[rel=stylesheet][href]").stream().mapToLong(l -> size(l.attr("href"))).sum();
        // Structured data (schema.org JSON-LD) is data, not script: it counts towards the page, not the JS budget.
        long js = html.select("script[src]").stream().mapToLong(s -> size(s.attr("src"))).sum()
                + html.select("script:not([src]):not([type=application/ld+json])").stream().mapToLong(s -> s.data().length()).sum();
        long pageScript = html.select("script[src]").stream().map(s -> s.attr("src").substring(site.basePath().length()))
                .filter(PAGE_SCRIPTS::containsKey).mapToLong(path -> size(site.basePath() + path)).sum()
                // Carried inline (pages.InlineScripts): the published file's text, word for word.
                + html.select("script:not([src]):not([type])").stream().map(s -> s.data())
                .filter(text -> PAGE_SCRIPTS.keySet().stream().anyMatch(path -> text.equals(published(path)))).mapToLong(String::length).sum();
        return new Weight(Files.size(page.file()), css, js, pageScript);
    }

    /** The text of a published page script, as the build minified it. */
    private String published(String path) {
        try {
            return Files.readString(site.root().resolve(path)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of a file the page links to by its site path. */
    private long size(String href) {
        assertThat(href).as("a site path").startsWith(site.basePath());
        Path file = site.root().resolve(UrlPaths.decode(href.substring(site.basePath().length())));
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bytes a page costs.
     *
     * @param html the page itself
     * @param css  its stylesheets
     * @param js   its scripts
     * @param pageScript the part of {@code js} that is the page's own script, of {@link #PAGE_SCRIPTS}
     */
    private record Weight(long html, long css, long js, long pageScript) {
    }
}
