package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How text is cut into search tokens: the rule the index and search.js share. */
class SearchTokensTest {

    private static List<String> tokens(String text, boolean unigrams) {
        List<String> tokens = new ArrayList<>();
        SearchTokens.tokens(text, unigrams, tokens::add);
        return tokens;
    }

    @Test
    void chineseRunsGiveEveryPairOfNeighbours() {
        assertThat(tokens("乐家湾", false)).containsExactly("乐家", "家湾");
        assertThat(tokens("沙坡头区，科普日", false)).containsExactly("沙坡", "坡头", "头区", "科普", "普日");
    }

    @Test
    void fieldsAlsoGiveSingleCharactersForOneCharacterQueries() {
        assertThat(tokens("科普日", true)).containsExactly("科", "科普", "普", "普日", "日");
    }

    @Test
    void aLoneCharacterIsItsOwnTokenEvenInTheBody() {
        assertThat(tokens("2022年5月", false)).containsExactly("2022", "年", "5", "月");
    }

    @Test
    void documentNumbersSplitIntoTheirChineseAndNumberParts() {
        assertThat(tokens("临工科发〔2022〕13号", false)).containsExactly("临工", "工科", "科发", "2022", "13", "号");
    }

    @Test
    void latinAndDigitsAreLowerCaseWordsAndFullWidthFormsAreFolded() {
        assertThat(tokens("5G基站 COVID-19 ＡＢＣ２０２２", false)).containsExactly("5g", "基站", "covid", "19", "abc2022");
    }

    @Test
    void charactersBeyondTheBasicPlaneStayWhole() {
        // 𠀾 (U+2003E) is a CJK Extension B character, two UTF-16 units.
        assertThat(tokens("𠀾𡈽村", true)).containsExactly("𠀾", "𠀾𡈽", "𡈽", "𡈽村", "村");
    }

    @Test
    void emojiAndPunctuationSeparateTokensWithoutBreakingSurrogatePairs() {
        assertThat(tokens("科普🎉日！ok👍🏽好", false)).containsExactly("科普", "日", "ok", "好");
        assertThat(tokens("🎉🎉", true)).isEmpty();
    }

    @Test
    void otherScriptsAreWordsToo() {
        assertThat(tokens("Ürümqi ئۈرۈمچی", false)).containsExactly("ürümqi", "ئۈرۈمچی");
    }

    @Test
    void hanScriptCharactersOutsideTheUnifiedIdeographsJoinTheirRun() {
        // 々 (U+3005) and 〇 (U+3007) are Han but lie below the unified ideographs' block.
        assertThat(tokens("人々〇号", false)).containsExactly("人々", "々〇", "〇号");
        assertThat(tokens("⺮竹", true)).containsExactly("⺮", "⺮竹", "竹");
    }

    @Test
    void runsMixingBothPlanesCutAtCharactersNotUnits() {
        assertThat(tokens("村𠀾村", true)).containsExactly("村", "村𠀾", "𠀾", "𠀾村", "村");
        assertThat(tokens("a村b𠀾", false)).containsExactly("a", "村", "b", "𠀾");
    }

    @Test
    void noCodePointBelowTheFirstHanIsHan() {
        // The scanner answers "not Han" below FIRST_HAN without looking the script up.
        for (int cp = 0; cp < SearchTokens.FIRST_HAN; cp++) {
            assertThat(Character.UnicodeScript.of(cp)).as("U+%04X", cp).isNotEqualTo(Character.UnicodeScript.HAN);
        }
        assertThat(Character.UnicodeScript.of(SearchTokens.FIRST_HAN)).isEqualTo(Character.UnicodeScript.HAN);
    }
}
