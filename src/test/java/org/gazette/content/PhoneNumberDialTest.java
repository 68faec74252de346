package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code tel:} values a phone dials for the numbers editors write, shown as written. */
class PhoneNumberDialTest {

    @ParameterizedTest(name = "{0} dials {1}")
    @CsvSource(delimiter = '|', value = {
            "0955-8812005       | +86-955-8812005",
            "0359—2333259       | +86-359-2333259",
            "0373-5820419       | +86-373-5820419",
            "(0373) 5828882     | +86-373-5828882",
            "010-12345678       | +86-10-12345678",
            "15121892999        | +86-15121892999",
            "151 2189 2999      | +86-15121892999",
            "+86 173 9517 9125  | +86-17395179125",
            "0373-5820419转8001 | +86-373-5820419;ext=8001",
            "12345              | 12345;phone-context=+86"})
    void normalisesSeedFormsForDialling(String written, String dial) {
        PhoneNumber.Result result = PhoneNumber.parse(written);

        assertThat(result.ok()).as(written).isTrue();
        assertThat(result.number().dial()).isEqualTo(dial);
        assertThat(result.number().written()).isEqualTo(written.strip());
    }

    @Test
    void reportsANumberWithoutAreaCode() {
        PhoneNumber.Result result = PhoneNumber.parse("8812005");

        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).contains("缺少区号");
        assertThat(result.hint()).contains("区号-号码");
    }

    @Test
    void reportsTwoNumbersWrittenInOneField() {
        PhoneNumber.Result result = PhoneNumber.parse("0955-8812005 0955-8812012（传真）");

        assertThat(result.ok()).isFalse();
        assertThat(result.hint()).contains("列表");
    }

    @Test
    void reportsANumberWithTooFewDigits() {
        assertThat(PhoneNumber.parse("0955-88120").ok()).isFalse();
    }
}
