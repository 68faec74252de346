package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Links and full addresses of pages, for a site at a domain's root and for one under a sub-path. */
class UrlsTest {

    static final Urls AT_ROOT = new Urls("https://kjj.example.gov.cn", "/");
    static final Urls UNDER_PATH = new Urls("https://www.example.gov.cn/kjz", "/kjz/");

    @Test
    void linksStartAtTheBasePath() {
        assertThat(AT_ROOT.href("notices/")).isEqualTo("/notices/");
        assertThat(UNDER_PATH.href("notices/")).isEqualTo("/kjz/notices/");
        assertThat(UNDER_PATH.href("")).isEqualTo("/kjz/");
    }

    @Test
    void linksAreEncoded() {
        assertThat(AT_ROOT.href("notices/2022/a/附件1 统计表.xlsx"))
                .isEqualTo("/notices/2022/a/%E9%99%84%E4%BB%B61%20%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx");
    }

    @Test
    void fullAddressOfASiteAtTheRoot() {
        assertThat(AT_ROOT.absolute("notices/")).isEqualTo("https://kjj.example.gov.cn/notices/");
        assertThat(AT_ROOT.absolute("")).isEqualTo("https://kjj.example.gov.cn/");
    }

    @Test
    void fullAddressOfASiteUnderASubPathNamesThePathOnce() {
        assertThat(UNDER_PATH.absolute("notices/")).isEqualTo("https://www.example.gov.cn/kjz/notices/");
        assertThat(UNDER_PATH.absolute("feed.xml")).isEqualTo("https://www.example.gov.cn/kjz/feed.xml");
    }

    @Test
    void calendarSubscriptionAddress() {
        assertThat(AT_ROOT.webcal("calendar/site.ics")).isEqualTo("webcal://kjj.example.gov.cn/calendar/site.ics");
    }
}
