package org.gazette.markup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.gazette.validation.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever way an editor writes HTML or an address, the published body holds nothing that runs:
 * every kind of raw HTML node goes through the allowlist, and every link and image address is
 * judged as the browser will read it, however it was spelled.
 */
class BodySafetyTest {

    static final BodyRenderer RENDERER = new BodyRenderer();

    @TempDir
    Path bundle;

    private RenderedBody render(String markdown, Problems problems) {
        BodyContext context = new BodyContext(bundle.getParent(), bundle.resolve("index.md"), bundle, 6, List.of(), file -> null, "/",
                problems.in("content/notices/a/index.md"));
        return RENDERER.render(markdown, context);
    }

    /** Each kind of raw HTML node flexmark reads from a body, carrying something the allowlist drops. */
    static Stream<Arguments> rawHtmlNodes() {
        return Stream.of(
                Arguments.of(HtmlBlock.class, "<div onclick=\"steal()\">块</div>\n\n<script>alert(1)</script>\n"),
                Arguments.of(HtmlCommentBlock.class, "<!-- 编辑的注释 -->\n\n正文\n"),
                Arguments.of(HtmlInline.class, "文字 <span onclick=\"steal()\">字</span> <script>alert(1)</script>\n"),
                Arguments.of(HtmlInlineComment.class, "文字 <!-- 行内注释 --> 文字\n"));
    }

    @ParameterizedTest
    @MethodSource("rawHtmlNodes")
    void rawHtmlOfEveryKindGoesThroughTheAllowlist(Class<? extends Node> kind, String markdown) {
        Document ast = RENDERER.parse(markdown);
        assertThat(StreamSupport.stream(ast.getDescendants().spliterator(), false)).anySatisfy(n -> assertThat(n).isInstanceOf(kind));
        assertThat(MarkdownBody.needsAllowlist(ast)).isTrue();

        Problems problems = new Problems();
        String html = render(markdown, problems).html().html();

        assertThat(html).doesNotContain("<script", "alert", "onclick", "steal", "<!--");
        assertThat(problems.warnings()).singleElement().satisfies(p -> assertThat(p.message()).contains("发布时已删除"));
    }

    /**
     * The inner HTML blocks exist only with flexmark's deep HTML parser, which the body parser does
     * not use; should it ever be switched on, they still go to the allowlist.
     */
    @Test
    void innerHtmlBlocksWouldGoThroughTheAllowlistToo() {
        for (Node inner : List.of(new HtmlInnerBlock(BasedSequence.of("<script>alert(1)</script>")),
                new HtmlInnerBlockComment(BasedSequence.of("<!-- x -->")))) {
            Document ast = new Document(new MutableDataSet(), BasedSequence.of("x"));
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(inner);
            ast.appendChild(paragraph);

            assertThat(MarkdownBody.needsAllowlist(ast)).isTrue();
        }
    }

    /** Spellings of a scheme that runs, in every place Markdown writes an address. */
    static Stream<String> disguisedAddresses() {
        List<String> schemes = List.of(
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                "&#106;avascript:alert(1)",
                "&#x6A;avascript:alert(1)",
                "&#X6a;avascript:alert(1)",
                "&amp;#106;avascript:alert(1)",
                "&#106&#97;vascript:alert(1)",
                "%6Aavascript:alert(1)",
                "java&#9;script:alert(1)",
                "java&#10;script:alert(1)",
                "java&#13;script:alert(1)",
                "&#32;javascript:alert(1)",
                "&#1;javascript:alert(1)",
                "&#0;javascript:alert(1)",
                "javascript&#58;alert(1)",
                "javascript&colon;alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "DATA:text/html,x",
                "vbscript:msgbox(1)",
                "VBScript:msgbox(1)");
        return schemes.stream().flatMap(address -> Stream.of(
                "[报名](" + address + ")\n",
                "[报名](<" + address + ">)\n",
                "[报名](" + address + " \"标题\")\n",
                "![图](" + address + ")\n",
                "[报名][r]\n\n[r]: " + address + "\n",
                "![图][r]\n\n[r]: " + address + "\n",
                "<" + address + ">\n"));
    }

    @ParameterizedTest
    @MethodSource("disguisedAddresses")
    void noAddressRunsScriptHoweverItIsSpelled(String markdown) {
        String html = render(markdown, new Problems()).html().html();

        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element element : body.select("[href], [src]")) {
            for (String value : List.of(element.attr("href"), element.attr("src"))) {
                assertThat(asABrowserReadsIt(value)).as(markdown + " → " + html)
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
            }
        }
    }

    /** The URL standard's reading: C0 controls and spaces trimmed, tabs and newlines removed, scheme case-free. */
    private static String asABrowserReadsIt(String value) {
        return value.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "").toLowerCase(Locale.ROOT);
    }
}
