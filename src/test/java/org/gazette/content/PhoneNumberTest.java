package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Telephone numbers as written in Chinese notices, and the {@code tel:} address that dials them. */
class PhoneNumberTest {

    private static String dial(String written) {
        PhoneNumber.Result result = PhoneNumber.parse(written);
        assertThat(result.ok()).as("%s is a number: %s", written, result.problem()).isTrue();
        return result.number().dial();
    }

    @Test
    void landlineDropsTheTrunkZeroAndGetsTheCountryCode() {
        assertThat(dial("0955-8812005")).isEqualTo("+86-955-8812005");
    }

    @Test
    void landlineWrittenWithALongDash() {
        assertThat(dial("0359—2333259")).isEqualTo("+86-359-2333259");
    }

    @ParameterizedTest
    @CsvSource({
            "010-12345678, +86-10-12345678",
            "021 6234 5678, +86-21-62345678",
            "(0373)5820419, +86-373-5820419",
            "0373－5820419, +86-373-5820419",
            "+86 955 8812005, +86-955-8812005"})
    void landlineInOtherCommonForms(String written, String expected) {
        assertThat(dial(written)).isEqualTo(expected);
    }

    @Test
    void mobile() {
        assertThat(dial("15121892999")).isEqualTo("+86-15121892999");
    }

    @ParameterizedTest
    @CsvSource({"151 2189 2999", "151-2189-2999", "+86 151 2189 2999", "+8615121892999"})
    void mobileWithSpacesDashesOrCountryCode(String written) {
        assertThat(dial(written)).isEqualTo("+86-15121892999");
    }

    @Test
    void extensionWrittenWithZhuan() {
        assertThat(dial("0373-5820419转8001")).isEqualTo("+86-373-5820419;ext=8001");
    }

    @Test
    void extensionWrittenWithFenji() {
        assertThat(dial("0373-5820419 分机 8001")).isEqualTo("+86-373-5820419;ext=8001");
    }

    @Test
    void serviceNumbersStayLocal() {
        assertThat(dial("12345")).isEqualTo("12345;phone-context=+86");
        assertThat(dial("400-123-4567")).isEqualTo("4001234567;phone-context=+86");
    }

    @Test
    void keepsTheNumberAsWrittenForDisplay() {
        assertThat(PhoneNumber.parse(" 0359—2333259 ").number().written()).isEqualTo("0359—2333259");
    }

    @Test
    void numberWithoutAreaCodeIsRefusedWithAnExample() {
        PhoneNumber.Result result = PhoneNumber.parse("8812005");

        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).contains("缺少区号");
        assertThat(result.hint()).contains("区号-号码");
    }

    @Test
    void numberWithTooFewDigitsIsRefused() {
        PhoneNumber.Result result = PhoneNumber.parse("0955-88120");

        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).contains("位数不对");
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        PhoneNumber.Result result = PhoneNumber.parse("见正文");

        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).contains("不能拨打的字符");
    }

    @Test
    void twoNumbersInOneValueAreRefused() {
        assertThat(PhoneNumber.parse("0955-8812005、0955-8812006").ok()).isFalse();
    }
}
