package org.gazette.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.content.Attachment;
import org.gazette.validation.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A body in Markdown alone is written straight from flexmark's syntax tree; it must be, byte for
 * byte and report for report, what the allowlist path makes of it, and whatever the tree path cannot
 * vouch for must reach the allowlist.
 */
class MarkdownBodyTest {

    static final BodyRenderer RENDERER = new BodyRenderer();

    @TempDir
    Path bundle;

    @BeforeEach
    void createBundle() throws IOException {
        Files.write(bundle.resolve("附件1 统计表.xlsx"), new byte[] {1});
        Files.write(bundle.resolve("现场.jpg"), new byte[] {1});
    }

    private BodyContext context(Problems problems, String... tableTitles) {
        Path other = bundle.resolveSibling("old").resolve("index.md");
        List<Attachment> tables = Arrays.stream(tableTitles).map(title -> new Attachment(title, null, null, true, null, false, 3)).toList();
        return new BodyContext(bundle.getParent(), bundle.resolve("index.md"), bundle, 6, tables,
                file -> file.equals(other) ? "notices/old/" : null, "/kjz/", problems.in("content/notices/a/index.md"));
    }

    /** Markdown of every kind the tree path writes, and the spellings where flexmark and jsoup differ. */
    static Stream<String> markdownBodies() {
        return Stream.of(
                "# 标题一\n\n## 一、活动时间\n\n正文。\n\n### （一）\n\n#### 四级\n\n##### 五\n\n###### 六\n",
                "标题\n===\n\n副标题\n---\n",
                "**（一）高度重视。**各县要*加强*领导，`代码`。\n",
                "第一行\n第二行 English\nnext 行\n",
                "硬换行  \n下一行\\\n再下一行\n",
                "引号\"双\"和'单'，&amp; &lt; &gt; &copy; &nbsp;空格 \u00a0 和 &#106;。\n",
                "- 一\n- 二\n  - 二之一\n\n1. 甲\n2. 乙\n\n3. 丙\n\n5) 从五开始\n",
                "> 引用\n> 第二行\n\n***\n\n---\n",
                "```yaml\na: \"1\" & <b>\n```\n\n    缩进代码 \"x\"\n",
                "| 单位 | 人数 |\n|:--|--:|\n| 县科协 | 12 |\n| **县** \"科\" | `3` |\n",
                "| 甲 | 乙 |\n| --- | --- |\n| 1 |\n| 1 | 2 | 3 |\n\n| 只有表头 |\n| --- |\n",
                "详见[附件1](附件1%20统计表.xlsx)和[附件](<附件1 统计表.xlsx>)。\n",
                "[本页](#sec-1) [网站](https://www.most.gov.cn/ \"科技部\") [邮件](mailto:kx@example.gov.cn) [电话](tel:0359-2333259)\n",
                "<https://www.most.gov.cn/> 和 <kx@example.gov.cn>\n",
                "[旧文](../old/index.md#sec-2) [站内](/notices/)\n",
                "[参考][r] 和 [未定义][无]\n\n[r]: ../old/index.md \"旧\"\n",
                "![启动仪式现场](现场.jpg \"现场\") ![](现场.jpg) ![外部](https://example.com/a.png)\n",
                "[缺失](缺失.pdf) [上级](../x.pdf) ![缺失图](无.png) [不存在](../none/index.md)\n",
                "## 一、附件1 统计表\n\n| 单位 | 人数 |\n| --- | --- |\n| 县科协 | 12 |\n\n| 第二表 |\n| --- |\n| x |\n",
                "## 附件 统计表\n\n文字\n\n### 其他\n\n| 单位 | 人 数 |\n| --- | --- |\n| 县 科协 ![图](现场.jpg) | [12](#a) |\n",
                "制表符\t。\n",
                "");
    }

    @ParameterizedTest
    @MethodSource("markdownBodies")
    void writesWhatTheAllowlistPathWrites(String markdown) {
        assertThat(RENDERER.renderFromTree(markdown, context(new Problems(), "附件1 统计表"))).as(markdown).isNotNull();
        assertSameAsAllowlistPath(markdown, "附件1 统计表");
    }

    /**
     * What the tree path leaves to the allowlist: raw HTML of every kind, a link in a link, addresses
     * the allowlist drops however they are spelled, values whose escaping flexmark and jsoup disagree
     * on, an image without address, and text jsoup spells as numeric references.
     */
    static Stream<String> allowlistBodies() {
        return Stream.of(
                "<p>块</p>\n",
                "<!-- 注释 -->\n",
                "文字 <!-- 行内注释 --> 文字\n",
                "文字 <b>加粗</b> 文字\n",
                "- 列表\n\n  <div>列表里的块</div>\n",
                "<script>alert(1)</script>\n",
                "链接 [a <https://x.gov.cn/>](https://y.gov.cn/)\n",
                "[报名](javascript:alert(1))\n",
                "[报名](JaVaScRiPt:alert(1))\n",
                "[报名](&#106;avascript:alert(1))\n",
                "[报名](&#x6A;avascript:alert(1))\n",
                "[报名](&amp;#106;avascript:alert(1))\n",
                "[报名](java&#9;script:alert(1))\n",
                "[报名](&#32;javascript:alert(1))\n",
                "<javascript:alert(1)>\n",
                "[报名][r]\n\n[r]: &#106;avascript:alert(1)\n",
                "[数据](data:text/html;base64,PHNjcmlwdD4=)\n",
                "![图](data:image/png;base64,AAAA)\n",
                "[vb](vbscript:msgbox(1))\n",
                "![图](<>)\n",
                "[查询](https://x.gov.cn/?a=1&b=2)\n",
                "[题](https://x.gov.cn/ \"甲&乙\")\n",
                "控制字符\u0001。\n");
    }

    @ParameterizedTest
    @MethodSource("allowlistBodies")
    void leavesToTheAllowlistWhatItCannotVouchFor(String markdown) {
        assertThat(RENDERER.renderFromTree(markdown, context(new Problems()))).as(markdown).isNull();
        assertSameAsAllowlistPath(markdown);
    }

    /**
     * The percent-encoded spelling is no scheme at all to a browser: a relative address, published
     * as a file of the document (and reported missing), exactly as the allowlist path does.
     */
    @Test
    void percentEncodedSchemeIsAnAddressInTheBundle() {
        Problems problems = new Problems();
        RenderedBody body = RENDERER.renderFromTree("[报名](%6Aavascript:alert(1))\n", context(problems));

        assertThat(body).isNotNull();
        assertThat(body.html().html()).doesNotContain("javascript:");
        assertThat(problems.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("找不到链接的文件"));
        assertSameAsAllowlistPath("[报名](%6Aavascript:alert(1))\n");
    }

    /** The notices the sample site was made from (/work/shared/seeds), read as Markdown bodies. */
    static Stream<Path> seeds() throws IOException {
        Path seeds = Path.of("/work/shared/seeds");
        if (!Files.isDirectory(seeds)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(seeds)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void writesTheSeedNoticesAsTheAllowlistPathDoes(Path seed) throws IOException {
        assertSameAsAllowlistPath(Files.readString(seed));
    }

    @Test
    void bodiesOfTheSampleSiteAreWrittenAsTheAllowlistPathWritesThem() throws IOException {
        List<Path> bodies;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            bodies = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(bodies).isNotEmpty();
        for (Path body : bodies) {
            String text = Files.readString(body);
            assertSameAsAllowlistPath(text.substring(text.indexOf("\n---", 3) + 4), "2022年全国科技活动周开展情况统计表");
        }
    }

    private void assertSameAsAllowlistPath(String markdown, String... tableTitles) {
        Problems treeProblems = new Problems();
        RenderedBody tree = RENDERER.render(markdown, context(treeProblems, tableTitles));
        Problems allowlistProblems = new Problems();
        RenderedBody allowlist = RENDERER.renderThroughAllowlist(markdown, context(allowlistProblems, tableTitles));

        assertThat(tree.html().html()).as(markdown).isEqualTo(allowlist.html().html());
        assertThat(tree.linkedFiles()).isEqualTo(allowlist.linkedFiles());
        assertThat(tree.tables()).isEqualTo(allowlist.tables());
        assertThat(tree.documentLinks()).isEqualTo(allowlist.documentLinks());
        assertThat(treeProblems.errors()).isEqualTo(allowlistProblems.errors());
        assertThat(treeProblems.warnings()).isEqualTo(allowlistProblems.warnings());
    }
}
