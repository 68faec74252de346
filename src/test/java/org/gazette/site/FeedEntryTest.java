package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A feed entry's text leads where the page's does, read far from the site: every address is made absolute. */
class FeedEntryTest {

    static final String PAGE = "https://example.gov.cn/kjz/notices/2022/week/";

    @Test
    void bundleFilesSiteAddressesAndAnchorsBecomeFullAddresses() {
        String html = "<p><a href=\"%E8%A1%A8.xlsx\">表</a><a href=\"/kjz/notices/\">列表</a><a href=\"#sec-2\">第二条</a></p>"
                + "<p><img src=\"photo.png\" alt=\"现场\"></p>";

        assertThat(FeedEntry.absolute(html, PAGE)).isEqualTo(
                "<p><a href=\"https://example.gov.cn/kjz/notices/2022/week/%E8%A1%A8.xlsx\">表</a>"
                        + "<a href=\"https://example.gov.cn/kjz/notices/\">列表</a>"
                        + "<a href=\"https://example.gov.cn/kjz/notices/2022/week/#sec-2\">第二条</a></p>"
                        + "<p><img src=\"https://example.gov.cn/kjz/notices/2022/week/photo.png\" alt=\"现场\"></p>");
    }

    @Test
    void addressesElsewhereAndMailLinksStayAsWritten() {
        String html = "<p><a href=\"https://www.most.gov.cn/\">科技部</a><a href=\"mailto:kjj@example.cn\">邮箱</a></p>";

        assertThat(FeedEntry.absolute(html, PAGE)).isEqualTo(html);
    }

    @Test
    void anEmptyBodyStaysEmpty() {
        assertThat(FeedEntry.absolute("", PAGE)).isEmpty();
    }

    @Test
    void anEditedBodyAtTheSameAddressIsMadeAgainNotTakenFromTheLastBuild() {
        String page = PAGE + "edited/";
        assertThat(FeedEntry.absolute("<p><a href=\"a.pdf\">旧</a></p>", page))
                .isEqualTo("<p><a href=\"" + page + "a.pdf\">旧</a></p>");

        assertThat(FeedEntry.absolute("<p><a href=\"b.pdf\">新</a></p>", page))
                .isEqualTo("<p><a href=\"" + page + "b.pdf\">新</a></p>");
        assertThat(FeedEntry.absolute("<p><a href=\"b.pdf\">新</a></p>", PAGE))
                .as("the same body at another address").isEqualTo("<p><a href=\"" + PAGE + "b.pdf\">新</a></p>");
    }
}
