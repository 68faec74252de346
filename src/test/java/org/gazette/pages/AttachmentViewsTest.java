package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an external attachment says about where it leads. */
class AttachmentViewsTest {

    @Test
    void namesTheHostOfAnExternalAddress() {
        assertThat(AttachmentViews.externalSite("https://www.most.gov.cn/kjzx/index.html")).isEqualTo("外部网站（www.most.gov.cn）");
    }

    @Test
    void fallsBackToPlainWordsForAnAddressItCannotRead() {
        assertThat(AttachmentViews.externalSite("https://例子 .cn/")).isEqualTo("外部网站");
    }
}
