package org.gazette.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.safety.Cleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    @Test
    void keepsAllowedMarkupAndReportsNoChange() {
        String html = "<h2>一、活动时间</h2><p>详见<a href=\"附件1%20统计表.xlsx\">附件1</a>。</p>"
                + "<table><thead><tr><th>单位</th></tr></thead><tbody><tr><td>县科协</td></tr></tbody></table>";

        HtmlSanitizer.Result result = HtmlSanitizer.sanitise(html);

        assertThat(result.changed()).isFalse();
        assertThat(result.document().body().html()).isEqualTo(html);
    }

    @Test
    void removesScriptsAndReportsTheChange() {
        HtmlSanitizer.Result result = HtmlSanitizer.sanitise("<p>通知</p><script>alert(1)</script>");

        assertThat(result.changed()).isTrue();
        assertThat(result.document().body().html()).isEqualTo("<p>通知</p>");
    }

    @Test
    void removesEventHandlersAndJavascriptLinksAndReportsTheChange() {
        HtmlSanitizer.Result result = HtmlSanitizer.sanitise(
                "<p onclick=\"steal()\">报名</p><p><a href=\"javascript:steal()\">链接</a></p>");

        assertThat(result.changed()).isTrue();
        assertThat(result.document().body().html()).isEqualTo("<p>报名</p><p><a>链接</a></p>");
    }

    @Test
    void reportsMalformedMarkupThatHadToBeRepaired() {
        HtmlSanitizer.Result result = HtmlSanitizer.sanitise("<p>加粗</b>结束</p>");

        assertThat(result.changed()).isTrue();
        assertThat(result.document().body().html()).isEqualTo("<p>加粗结束</p>");
    }

    @Test
    void shortcutsAgreeWithTheSinglePass() {
        String html = "<p>通知</p><script>alert(1)</script>";

        assertThat(HtmlSanitizer.isClean(html)).isFalse();
        assertThat(HtmlSanitizer.clean(html).body().html()).isEqualTo("<p>通知</p>");
        assertThat(HtmlSanitizer.isClean("<p>通知</p>")).isTrue();
    }

    /**
     * The sanitiser copies each body once and tells a change by what the copy lost; that must be
     * exactly jsoup's own judgement ({@link Cleaner#isValid}, which makes a second copy) for every
     * kind of markup an editor can write (all well-formed here: repaired markup is a change anyway).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "<p>纯文字</p>",
            "<p>通知</p><script>alert(1)</script>",
            "<p>报名</p><!-- 编辑的注释 -->",
            "<p onclick=\"steal()\">报名</p>",
            "<p><a href=\"javascript:steal()\">链接</a></p>",
            "<p><a href=\"JaVaScRiPt:steal()\">链接</a></p>",
            "<p><a href=\"https://example.gov.cn/\" title=\"网站\">链接</a></p>",
            "<p><a href=\"附件1%20统计表.xlsx\">附件</a></p>",
            "<img src=\"a.png\" alt=\"图\" onerror=\"x()\">",
            "<img src=\"data:image/png;base64,AAAA\" alt=\"图\">",
            "<iframe src=\"https://example.com/\"></iframe><p>后文</p>",
            "<div><span style=\"color:red\">红字</span></div>",
            "<table><tr><td colspan=\"2\" bgcolor=\"red\">格</td></tr></table>",
            "<form><input name=\"x\"></form>",
            "<p>一<br>二</p><hr>",
            "<style>p { color: red }</style><p>字</p>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mi>x</mi></math>",
            "<p>&lt;script&gt;写成文字的标签&lt;/script&gt;</p>",
            "<details><summary>更多</summary><p>内容</p></details>",
            "<code class=\"language-yaml\">a: 1</code>",
            "<p lang=\"en\" dir=\"rtl\">text</p>"})
    void reportsAChangeExactlyWhenJsoupsOwnCheckWould(String html) {
        boolean jsoupValid = new Cleaner(HtmlSanitizer.safelist()).isValid(Jsoup.parseBodyFragment(html, "https://body.invalid/"));

        assertThat(HtmlSanitizer.sanitise(html).changed()).isEqualTo(!jsoupValid);
    }
}
