package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A small plain SVG drawing of the site's goes into pages as {@code <svg>}; anything else stays a linked image. */
class SiteImagesTest {

    private static final String EMBLEM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="80" height="80">
            <!-- a note for whoever draws the next version -->
            <circle cx="20" cy="20" r="19" fill="#b3141b"/>
            </svg>
            """;

    @TempDir
    Path site;

    @Test
    void aDecorativeDrawingIsWrittenInAtItsSizeAndHiddenFromScreenReaders() throws Exception {
        write("assets/img/emblem.svg", EMBLEM);

        Element svg = parse(markup(SiteImages.of(site).inline("assets/img/emblem.svg", "", 40, 40)));

        assertThat(svg.attr("width")).isEqualTo("40");
        assertThat(svg.attr("height")).isEqualTo("40");
        assertThat(svg.attr("aria-hidden")).isEqualTo("true");
        assertThat(svg.hasAttr("role")).isFalse();
        assertThat(svg.attr("viewbox")).isEqualTo("0 0 40 40");
        assertThat(svg.select("circle")).hasSize(1);
        assertThat(svg.outerHtml()).as("comments are the drawing's source, not the page's").doesNotContain("note");
    }

    @Test
    void aDrawingThatSaysSomethingIsNamedByItsAlternativeEscaped() throws Exception {
        write("assets/img/badge.svg", EMBLEM);

        String markup = markup(SiteImages.of(site).inline("assets/img/badge.svg", "标识\"><script>x()</script>", 60, 64));

        Element svg = parse(markup);
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-label")).isEqualTo("标识\"><script>x()</script>");
        assertThat(svg.hasAttr("aria-hidden")).isFalse();
        assertThat(markup).doesNotContain("<script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle onclick=\"alert(1)\" r=\"2\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>rect{fill:red}</style><rect/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"x\"><rect inkscape:label=\"a\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"photo.png\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>",
        "<svg><rect/></svg>",
        "<html><body>not a drawing</body></html>",
        "not even markup <"
    })
    void aDrawingThatRunsLinksStylesNamesOrIsNotPlainSvgStaysALinkedImage(String text) throws Exception {
        write("assets/img/x.svg", text);

        assertThat(SiteImages.of(site).inline("assets/img/x.svg", "", 20, 20)).isNull();
    }

    @Test
    void aLargeDrawingAnotherFormatAMissingFileOrOneOutsideTheSiteStaysALinkedImage() throws Exception {
        write("assets/img/large.svg", EMBLEM.replace("</svg>", "<circle r=\"1\"/>".repeat(SiteImages.MAX_BYTES / 10) + "</svg>"));
        write("assets/img/photo.png", "not really a PNG");
        write("../outside.svg", EMBLEM);
        SiteImages images = SiteImages.of(site);

        assertThat(images.inline("assets/img/large.svg", "", 40, 40)).isNull();
        assertThat(images.inline("assets/img/photo.png", "", 40, 40)).isNull();
        assertThat(images.inline("assets/img/missing.svg", "", 40, 40)).isNull();
        assertThat(images.inline("../outside.svg", "", 40, 40)).isNull();
    }

    private void write(String path, String text) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String markup(TemplateHTMLOutputModel model) throws Exception {
        return HTMLOutputFormat.INSTANCE.getMarkupString(model);
    }

    private static Element parse(String markup) {
        return Jsoup.parseBodyFragment(markup).selectFirst("body > svg");
    }
}
