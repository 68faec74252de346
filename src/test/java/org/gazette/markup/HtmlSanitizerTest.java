package org.gazette.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** Well-formed markup of every kind an editor can write, allowed and not. */
    static Stream<String> wellFormedMarkup() {
        return Stream.of(
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
                "<p lang=\"en\" dir=\"rtl\">text</p>",
                "<p><a href=\"&#106;avascript:steal()\">实体写的协议</a></p>",
                "<p><a href=\"java&#x09;script:steal()\">夹着制表符的协议</a></p>",
                "<p><a href=\"#sec-1\">本页</a> <a href=\"mailto:kx@example.gov.cn\">邮件</a> <a href=\"tel:0359-2333259\">电话</a></p>",
                "<p><a href=\"//example.com/\">省略协议</a></p>",
                "<p><img src=\"https://example.com/a.png\" alt=\"外部图\" width=\"10\" height=\"10\"></p>",
                "<p><img src=\"javascript:x()\" alt=\"图\"></p>",
                "<p>前</p><script>\nalert(1)\n</script>\n<p>后</p>",
                "<ol start=\"3\" reversed><li value=\"5\">项</li></ol>",
                "<table><thead><tr><th scope=\"col\" abbr=\"单\">单位</th></tr></thead><tbody><tr><td rowspan=\"2\" headers=\"h\">县</td></tr></tbody></table>",
                "<blockquote cite=\"javascript:x()\">引</blockquote><q cite=\"https://example.com/\">语</q>",
                "<p class=\"lead\" id=\"top\">带 class 和 id</p>",
                "<p><time datetime=\"2024-05-20\">5月20日</time></p>",
                "<p>[x](javascript:alert(1))</p>");
    }

    /** Everything above, and markup the parser has to repair. */
    static Stream<String> editorMarkup() {
        return Stream.concat(wellFormedMarkup(), Stream.of(
                "<p>未闭合<em>强调</p>",
                "<p>加粗</b>结束</p>",
                "<p>前<scr</p><p>ipt>alert(1)</script></p>",
                "<table><td>缺了 tr 的格</td></table>"));
    }

    /**
     * The sanitiser copies each body once and tells a change by what the copy lost; that must be
     * exactly jsoup's own judgement ({@link Cleaner#isValid}, which makes a second copy) for every
     * kind of markup an editor can write (all well-formed here: repaired markup is a change anyway).
     */
    @ParameterizedTest
    @MethodSource("wellFormedMarkup")
    void reportsAChangeExactlyWhenJsoupsOwnCheckWould(String html) {
        boolean jsoupValid = new Cleaner(HtmlSanitizer.safelist()).isValid(Jsoup.parseBodyFragment(html, "https://body.invalid/"));

        assertThat(HtmlSanitizer.sanitise(html).changed()).isEqualTo(!jsoupValid);
    }

    /**
     * A body the allowlist keeps whole is used as parsed rather than copied; what is kept must still
     * be, byte for byte, what jsoup's own cleaner makes of it.
     */
    @ParameterizedTest
    @MethodSource("editorMarkup")
    void keepsExactlyWhatJsoupsCleanerKeeps(String html) {
        Document jsoupClean = new Cleaner(HtmlSanitizer.safelist()).clean(Jsoup.parseBodyFragment(html, "https://body.invalid/"));
        jsoupClean.outputSettings().prettyPrint(false);

        assertThat(HtmlSanitizer.sanitise(html).document().body().html()).isEqualTo(jsoupClean.body().html());
    }
}
