package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links to files with Chinese names and spaces work in every browser. */
class UrlPathsTest {

    @Test
    void encodesChineseAsUtf8AndSpacesAsPercentTwenty() {
        assertThat(UrlPaths.encode("notices/2022/a/附件1 统计表.xlsx"))
                .isEqualTo("notices/2022/a/%E9%99%84%E4%BB%B61%20%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx");
    }

    @Test
    void keepsSlashesAndTheCharactersAllowedInAPathSegment() {
        assertThat(UrlPaths.encode("a-b_c.d~e/f(1)+g,h;i=j:k@l")).isEqualTo("a-b_c.d~e/f(1)+g,h;i=j:k@l");
    }

    @Test
    void escapesEveryAsciiCharacterOutsideTheSegmentAlphabetWhereverItStands() {
        String allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/";
        for (char c = 0; c < 128; c++) {
            String expected = allowed.indexOf(c) >= 0 ? String.valueOf(c) : String.format("%%%02X", (int) c);
            assertThat(UrlPaths.encode("notices/2022/a" + c)).as("character %d", (int) c)
                    .isEqualTo("notices/2022/a" + expected);
        }
    }

    @Test
    void escapesALetterBeyondAsciiAtTheEndOfAnOtherwisePlainPath() {
        assertThat(UrlPaths.encode("assets/css/site.css\u00e9")).isEqualTo("assets/css/site.css%C3%A9");
    }

    @Test
    void encodesCharactersWithMeaningInAnAddress() {
        assertThat(UrlPaths.encode("a#b?c%d\"e")).isEqualTo("a%23b%3Fc%25d%22e");
    }

    @ParameterizedTest
    @ValueSource(strings = {"附件1 统计表.xlsx", "notices/2022/沙坡头 科技周/index.html", "100% 完成#1?.pdf", "a+b.doc", "（附件）《名单》.docx"})
    void decodingUndoesEncoding(String path) {
        assertThat(UrlPaths.decode(UrlPaths.encode(path))).isEqualTo(path);
    }

    @Test
    void decodingKeepsAPlusAsAPlus() {
        assertThat(UrlPaths.decode("a+b%20c")).isEqualTo("a+b c");
    }

    @Test
    void decodingKeepsMalformedEscapesAsWritten() {
        assertThat(UrlPaths.decode("100%完成%2")).isEqualTo("100%完成%2");
    }
}
