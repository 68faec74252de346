package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A 落款 pasted at the end of a body is found at its first line; text that only mentions a date is not. */
class SignatureEchoTest {

    static final List<Agency> AGENCIES = List.of(
            new Agency("kjj", "某县科学技术局", "县科技局", null, null, null, null, null),
            new Agency("kx", "某县科学技术协会", null, null, null, null, null, null));

    @Test
    void agenciesAndADateAtTheEndAreASignature() {
        String body = "\n各单位：\n\n现将有关事项通知如下。\n\n某县科学技术局\n\n某县科学技术协会\n\n2022年5月24日\n";

        assertThat(SignatureEcho.find(body, 7, AGENCIES)).isEqualTo(7 + 5);
    }

    @Test
    void aDateInChineseNumeralsAndShortNamesWithMarkupAreASignature() {
        String body = "正文。\n\n<p align=\"right\">县科技局</p>\n**二〇二二年五月二十四日**  \n";

        assertThat(SignatureEcho.find(body, 10, AGENCIES)).isEqualTo(12);
    }

    @Test
    void aDateInASentenceIsNotASignature() {
        assertThat(SignatureEcho.find("活动时间：2022年5月24日\n", 7, AGENCIES)).isZero();
        assertThat(SignatureEcho.find("请于2022年5月24日前报送。\n", 7, AGENCIES)).isZero();
    }

    @Test
    void anAgencyNameAloneAtTheEndIsNotASignature() {
        assertThat(SignatureEcho.find("联系单位：\n\n某县科学技术局\n", 7, AGENCIES)).isZero();
    }
}
