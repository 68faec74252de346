package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gazette.site.UrlPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The weight budget that keeps pages quick on old phones and slow links: every page with its CSS and
 * JavaScript under 100 KB uncompressed (images and attachments aside), its CSS under 25 KB and its
 * JavaScript under 8 KB.
 */
class PageWeightIT {

    private static final long PAGE_BUDGET = 100 * 1024;
    private static final long CSS_BUDGET = 25 * 1024;
    private static final long JS_BUDGET = 8 * 1024;

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
                () -> assertThat(weigh(page).js()).isLessThan(JS_BUDGET)));
    }

    private Weight weigh(BuiltSite.Page page) throws IOException {
        Document html = Jsoup.parse(page.file().toFile());
        long css = html.select("link[rel=stylesheet][href]").stream().mapToLong(l -> size(l.attr("href"))).sum();
        // Structured data (schema.org JSON-LD) is data, not script: it counts towards the page, not the JS budget.
        long js = html.select("script[src]").stream().mapToLong(s -> size(s.attr("src"))).sum()
                + html.select("script:not([src]):not([type=application/ld+json])").stream().mapToLong(s -> s.data().length()).sum();
        return new Weight(Files.size(page.file()), css, js);
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
     */
    private record Weight(long html, long css, long js) {
    }
}
