package org.gazette.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.content.Attachment;
import org.gazette.validation.Problems;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text the search index reads of a body is taken while the body is rendered, from flexmark's
 * tree or from the allowlist's cleaned tree, and must be exactly what jsoup's {@code text()} reads
 * from the body's HTML: over the Markdown and sanitiser test bodies, the seed notices and the sample
 * site, and over the spellings where a text reading could go wrong.
 */
class BodyTextTest {

    private static final String TABLE = "附件1 统计表";

    @TempDir
    Path bundle;

    @BeforeEach
    void createBundle() throws IOException {
        createBundle(bundle);
    }

    static void createBundle(Path bundle) throws IOException {
        Files.write(bundle.resolve("附件1 统计表.xlsx"), new byte[] {1});
        Files.write(bundle.resolve("现场.jpg"), new byte[] {1});
    }

    /** The sample site's bodies, without their front matter. */
    static List<String> sampleSiteBodies() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        List<String> bodies = new java.util.ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file);
            bodies.add(text.substring(text.indexOf("\n---", 3) + 4));
        }
        return bodies;
    }

    static RenderedBody render(Path bundle, String markdown) {
        Path other = bundle.resolveSibling("old").resolve("index.md");
        List<Attachment> tables = List.of(new Attachment(TABLE, null, null, true, null, false, 3),
                new Attachment("2022年全国科技活动周开展情况统计表", null, null, true, null, false, 4));
        BodyContext context = new BodyContext(bundle.getParent(), bundle.resolve("index.md"), bundle, 6, tables,
                file -> file.equals(other) ? "notices/old/" : null, "/kjz/", new Problems().in("content/notices/a/index.md"));
        return MarkdownBodyTest.RENDERER.render(markdown, context);
    }

    /** Where whitespace, invisible characters and element boundaries meet. */
    static Stream<String> textEdges() {
        return Stream.of(
                "```\n  两个空格  缩进\n\n\t制表\n```\n紧跟的段落\n",
                "    缩进代码\n      更深\n\n\n\n后文\n",
                "- 甲\n\n  ```\n  列表里的代码\n  ```\n- 乙\n",
                "零宽\u200b空格和软\u00ad连字符，\u00a0不换行\u00a0\u00a0空格。\n",
                "  前导空格   和    多个空格  \n",
                "`行内  代码   多空格` 和 `\u00a0`\n",
                "English\nwrapped line\n中文\n换行\n",
                "a  \nb\\\nc\n",
                "> 引用一\n>\n> > 嵌套引用\n\n正文\n",
                "1. 甲\n   - 乙\n     1. 丙\n2. 丁\n",
                "| a | b |\n|---|---|\n|  | 空格 |\n| `x` |  |\n",
                "## 一、附件1 统计表\n\n| 单位 | 人数 |\n| --- | --- |\n| 县 | 1 |\n",
                "[未定义] 和 [文字][未定义] 和 ![图][未定义] 和 [][]\n",
                "&copy; &#20013; &amp;&lt;&gt;&quot; \\*不是强调\\*\n",
                "***\n\n---\n\n# \n\n##\n",
                "**粗*斜*粗** _斜_ ~~删除~~\n",
                "文字<br>\n",
                "");
    }

    static Stream<String> bodies() throws IOException {
        Stream<String> sanitiser = BodySafetyTest.rawHtmlNodes().map(arguments -> (String) arguments.get()[1]);
        return Stream.of(textEdges(), MarkdownBodyTest.markdownBodies(), MarkdownBodyTest.allowlistBodies(), sanitiser,
                        BodySafetyTest.disguisedAddresses())
                .flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void textIsWhatJsoupReadsFromTheHtml(String markdown) {
        assertSameAsJsoup(markdown);
    }

    @ParameterizedTest
    @MethodSource("org.gazette.markup.MarkdownBodyTest#seeds")
    void seedNoticesGiveTheTextJsoupReads(Path seed) throws IOException {
        assertSameAsJsoup(Files.readString(seed));
    }

    @Test
    void sampleSiteBodiesGiveTheTextJsoupReads() throws IOException {
        List<String> bodies = sampleSiteBodies();
        assertThat(bodies).isNotEmpty();
        bodies.forEach(this::assertSameAsJsoup);
    }

    /** A Markdown body's text comes from the tree walk itself, not from a fallback. */
    @Test
    void treeBodiesCarryTheirText() {
        RenderedBody body = MarkdownBodyTest.RENDERER.renderFromTree("## 标题\n\n正文，[链接](#sec-1)。\n", contextFree());

        assertThat(body).isNotNull();
        assertThat(body.text()).isEqualTo("标题 正文，链接。");
    }

    private BodyContext contextFree() {
        return new BodyContext(bundle.getParent(), bundle.resolve("index.md"), bundle, 6, List.of(), file -> null, "/",
                new Problems().in("content/notices/a/index.md"));
    }

    private void assertSameAsJsoup(String markdown) {
        RenderedBody body = render(bundle, markdown);
        assertThat(body.text()).as(markdown).isEqualTo(Jsoup.parseBodyFragment(body.html().html()).body().text());
    }
}
