package org.gazette.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.content.Attachment;
import org.gazette.validation.Problem;
import org.gazette.validation.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Markdown body becomes clean HTML for its page; the editor hears about anything that was removed. */
class BodyRendererTest {

    static final BodyRenderer RENDERER = new BodyRenderer();

    @TempDir
    Path bundle;

    Problems problems;

    @BeforeEach
    void createBundle() throws IOException {
        Files.write(bundle.resolve("附件1 统计表.xlsx"), new byte[] {1});
        problems = new Problems();
    }

    private RenderedBody render(String markdown, String... tableTitles) {
        Path other = bundle.resolveSibling("old").resolve("index.md");
        List<Attachment> tables = java.util.Arrays.stream(tableTitles)
                .map(title -> new Attachment(title, null, null, true, null, false, 3)).toList();
        BodyContext context = new BodyContext(bundle.getParent(), bundle.resolve("index.md"), bundle, 6, tables,
                file -> file.equals(other) ? "notices/old/" : null, "/kjz/", problems.in("content/notices/a/index.md"));
        return RENDERER.render(markdown, context);
    }

    private static Element html(RenderedBody body) {
        return Jsoup.parseBodyFragment(body.html().html()).body();
    }

    @Test
    void markdownTableWithAlignedColumnsNeedsNoWarning() {
        Element body = html(render("| 单位 | 人数 |\n|:--|--:|\n| 县科协 | 12 |\n"));

        assertThat(body.select("td")).extracting(Element::text).containsExactly("县科协", "12");
        assertThat(problems.warnings()).isEmpty();
    }

    @Test
    void htmlTheEditorWroteIsRemovedWithAWarning() {
        Element body = html(render("<font color=\"red\">重要</font>\n"));

        assertThat(body.select("font")).isEmpty();
        assertThat(body.text()).isEqualTo("重要");
        assertThat(problems.warnings()).extracting(Problem::line, Problem::field).containsExactly(
                tuple(6, "正文"));
    }

    @Test
    void javascriptLinkInMarkdownIsRemovedWithAWarning() {
        Element body = html(render("[报名](javascript:alert(1))\n"));

        assertThat(body.select("a[href]")).isEmpty();
        assertThat(body.text()).isEqualTo("报名");
        assertThat(problems.warnings()).hasSize(1);
    }

    @Test
    void javascriptLinkSpelledWithACharacterReferenceIsRemovedToo() {
        Element body = html(render("[报名](&#106;avascript:alert(1))\n"));

        assertThat(body.select("a[href]")).isEmpty();
        assertThat(problems.warnings()).hasSize(1);
    }

    @Test
    void upperCaseJavascriptLinkIsRemovedToo() {
        Element body = html(render("[报名](JAVASCRIPT:alert(1))\n"));

        assertThat(body.select("a[href]")).isEmpty();
        assertThat(problems.warnings()).hasSize(1);
    }

    @Test
    void headingsStartAtLevelTwoBelowThePageTitle() {
        Element body = html(render("# 一、活动时间\n\n## （一）启动仪式\n"));

        assertThat(body.select("h1")).isEmpty();
        assertThat(body.select("h2, h3")).extracting(Element::id).containsExactly("sec-1", "sec-2");
    }

    @Test
    void linkToAnotherDocumentPointsAtItsPage() {
        Element body = html(render("详见[去年的通知](../old/index.md#sec-2)。\n"));

        assertThat(body.selectFirst("a").attr("href")).isEqualTo("/kjz/notices/old/#sec-2");
    }

    @Test
    void linkToABundleFileIsEncodedAndPublished() {
        RenderedBody body = render("请填写[统计表](附件1 统计表.xlsx)。\n");

        assertThat(html(body).selectFirst("a").attr("href")).isEqualTo("%E9%99%84%E4%BB%B61%20%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx");
        assertThat(body.linkedFiles()).containsExactly(bundle.resolve("附件1 统计表.xlsx"));
    }

    @Test
    void tableAttachmentIsFoundUnderTheHeadingCarryingItsTitle() {
        RenderedBody body = render("## 附件 开展情况统计表\n\n| 单位 | 场次 |\n|---|---|\n| 县科协 | 3 |\n", "开展情况统计表");

        assertThat(body.tables()).singleElement().satisfies(table -> assertThat(table.anchorId()).isEqualTo("table-1"));
        assertThat(html(body).selectFirst("table#table-1 > caption").text()).isEqualTo("开展情况统计表");
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void tablesScrollInsideALabelledRegion() {
        Element region = html(render("| 单位 |\n|---|\n| 县科协 |\n")).selectFirst("div.table-scroll");

        assertThat(region.attr("role")).isEqualTo("region");
        assertThat(region.attr("tabindex")).isEqualTo("0");
        assertThat(region.select("th").attr("scope")).isEqualTo("col");
    }
}
