package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** E-mail addresses, catching the full-width characters that come in when copying from Word. */
class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"sptqkxjsj@163.com", "xxkx.zzrsb@163.com", "kjj_5828882@xinxiang.gov.cn", "a+b@mail.example.org"})
    void acceptsOrdinaryAddresses(String email) {
        assertThat(EmailAddress.problem(email)).isNull();
    }

    @Test
    void refusesAFullWidthAtSignAndProposesTheHalfWidthOne() {
        assertThat(EmailAddress.problem("sptqkxjsj＠163.com")).contains("全角");
        assertThat(EmailAddress.suggest("sptqkxjsj＠163.com")).isEqualTo("sptqkxjsj@163.com");
    }

    @Test
    void proposesAHalfWidthDotForAChineseFullStop() {
        assertThat(EmailAddress.suggest("sptqkxjsj@163。com")).isEqualTo("sptqkxjsj@163.com");
        assertThat(EmailAddress.suggest("ｋｊｊ＠１６３．ｃｏｍ")).isEqualTo("kjj@163.com");
    }

    @Test
    void refusesSpacesAndProposesTheAddressWithout() {
        assertThat(EmailAddress.problem("kjj @163.com")).isNotNull();
        assertThat(EmailAddress.suggest("kjj @163.com")).isEqualTo("kjj@163.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kjj163.com", "kjj@163", "@163.com", "kjj@@163.com"})
    void refusesWhatIsNoAddress(String email) {
        assertThat(EmailAddress.problem(email)).contains("不是有效的邮箱地址");
    }
}
