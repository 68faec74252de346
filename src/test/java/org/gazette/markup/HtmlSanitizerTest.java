package org.gazette.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
