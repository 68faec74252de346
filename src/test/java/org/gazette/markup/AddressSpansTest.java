package org.gazette.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A feed entry's body, with every address made absolute at the places the body renderer noted, must
 * be byte for byte what parsing the body's HTML with jsoup and resolving each {@code href} and
 * {@code src} gives (the feeds' reading before), over the same bodies as {@link BodyTextTest}; where
 * the renderer cannot vouch for the places it notes none, and the feed parses the HTML as before.
 */
class AddressSpansTest {

    /** Page addresses at the site root and under a sub-path, as feeds resolve against them. */
    private static final List<String> PAGES = List.of("https://example.gov.cn/kjz/notices/2022/week/",
            "http://localhost:1313/notices/a/", "https://example.gov.cn/页面/");

    @TempDir
    Path bundle;

    @BeforeEach
    void createBundle() throws IOException {
        BodyTextTest.createBundle(bundle);
    }

    @ParameterizedTest
    @MethodSource("org.gazette.markup.BodyTextTest#bodies")
    void absoluteBodyIsWhatJsoupMakesOfTheHtml(String markdown) {
        assertSameAsJsoup(markdown);
    }

    @ParameterizedTest
    @MethodSource("org.gazette.markup.MarkdownBodyTest#seeds")
    void seedNoticesGiveTheAbsoluteBodyJsoupMakes(Path seed) throws IOException {
        assertSameAsJsoup(Files.readString(seed));
    }

    @Test
    void sampleSiteBodiesGiveTheAbsoluteBodyJsoupMakes() throws IOException {
        List<String> bodies = BodyTextTest.sampleSiteBodies();
        assertThat(bodies).isNotEmpty();
        bodies.forEach(this::assertSameAsJsoup);
    }

    @Test
    void aTreeBodyKnowsItsAddressesAndResolvesThem() {
        SafeHtml html = BodyTextTest.render(bundle, "详见[附件](<附件1 统计表.xlsx>)、[本页](#sec-1)和[站内](/notices/)。\n\n![现场](现场.jpg)\n")
                .html();

        assertThat(html.addresses()).isNotNull().isNotEqualTo(AddressSpans.NONE);
        assertThat(html.addresses().resolvedAgainst(html.html(), PAGES.get(0))).isEqualTo(
                "<p>详见<a href=\"https://example.gov.cn/kjz/notices/2022/week/%E9%99%84%E4%BB%B61%20%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx\">附件</a>、"
                        + "<a href=\"https://example.gov.cn/kjz/notices/2022/week/#sec-1\">本页</a>和"
                        + "<a href=\"https://example.gov.cn/kjz/notices/\">站内</a>。</p>\n"
                        + "<p><img src=\"https://example.gov.cn/kjz/notices/2022/week/%E7%8E%B0%E5%9C%BA.jpg\" alt=\"现场\"></p>\n");
    }

    @Test
    void aBodyWithoutAddressesIsItsOwnFeedBody() {
        SafeHtml html = BodyTextTest.render(bundle, "## 标题\n\n正文。\n").html();

        assertThat(html.addresses()).isSameAs(AddressSpans.NONE);
        assertThat(html.addresses().resolvedAgainst(html.html(), PAGES.get(0))).isSameAs(html.html());
    }

    @Test
    void aBodyThroughTheAllowlistHasNoKnownAddresses() {
        assertThat(BodyTextTest.render(bundle, "文字 <b>加粗</b> [链接](a.pdf)\n").html().addresses()).isNull();
    }

    private void assertSameAsJsoup(String markdown) {
        SafeHtml html = BodyTextTest.render(bundle, markdown).html();
        assertThat(html.html()).doesNotContain(String.valueOf(AddressSpans.MARK));
        if (html.addresses() == null) {
            return; // the feed parses this body's HTML, as before
        }
        for (String page : PAGES) {
            String resolved = html.addresses().resolvedAgainst(html.html(), page);
            if (resolved != null) {
                assertThat(resolved).as(markdown + " at " + page).isEqualTo(throughJsoup(html.html(), page));
            }
        }
    }

    /** The feeds' reading before: parse the body, resolve each address with jsoup, write it again. */
    private static String throughJsoup(String html, String page) {
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html, page);
        fragment.outputSettings().prettyPrint(false);
        for (Element element : fragment.select("[href], [src]")) {
            for (String attribute : List.of("href", "src")) {
                if (element.hasAttr(attribute) && !element.absUrl(attribute).isEmpty()) {
                    element.attr(attribute, element.absUrl(attribute));
                }
            }
        }
        return fragment.body().html();
    }
}
