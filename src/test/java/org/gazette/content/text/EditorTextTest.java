package org.gazette.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which characters an editor's text may carry into the site, found wherever they are in the text. */
class EditorTextTest {

    @Test
    void findsEveryUnpublishableCodePointAndPassesEveryPublishableOne() {
        List<String> wrong = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
                continue; // a lone surrogate is not a code point of a well-formed text: see below
            }
            String text = "标题" + new String(Character.toChars(codePoint)) + "a";
            int expected = EditorText.publishable(codePoint) ? -1 : 2;
            if (EditorText.firstUnpublishable(text) != expected) {
                wrong.add(String.format("U+%04X", codePoint));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void unpublishableAreTheControlsSeparatorsAndNoncharacters() {
        assertThat(List.of(0x0B, 0x0C, 0x00, 0x7F, 0x85, 0x9F, 0x2028, 0x2029, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF))
                .allSatisfy(c -> assertThat(EditorText.publishable(c)).as("U+%04X", c).isFalse());
        assertThat(List.of((int) '\t', (int) '\n', (int) '\r', 0x20, 0x7E, 0xA0, 0x2027, 0x202A, 0x4E00, 0xD7FF, 0xE000, 0xFDCF,
                0xFDF0, 0xFFFD, 0x1F600, 0x20000))
                .allSatisfy(c -> assertThat(EditorText.publishable(c)).as("U+%04X", c).isTrue());
    }

    @Test
    void aLoneSurrogateIsUnpublishableWhereverItStands() {
        assertThat(EditorText.firstUnpublishable("通知\uD83D")).isEqualTo(2);
        assertThat(EditorText.firstUnpublishable("通知\uD83Da")).isEqualTo(2);
        assertThat(EditorText.firstUnpublishable("通知\uDE00a")).isEqualTo(2);
        assertThat(EditorText.firstUnpublishable("\uDE00\uD83D")).isZero();
    }

    @Test
    void aPairedSurrogateIsOneCharacterAndWhatFollowsItIsFoundAtItsOwnIndex() {
        assertThat(EditorText.firstUnpublishable("😀😀")).isEqualTo(-1);
        assertThat(EditorText.firstUnpublishable("😀\u000B")).isEqualTo(2);
        assertThat(EditorText.firstUnpublishable("a\uD83F\uDFFE")).as("U+1FFFE, a noncharacter").isEqualTo(1);
    }

    @Test
    void cleaningRemovesThemAndSaysWhere() {
        EditorText.Cleaned cleaned = EditorText.clean("title: 通知\u000B\nsummary: 摘\u2028要\u000C", 2);

        assertThat(cleaned.text()).isEqualTo("title: 通知\nsummary: 摘要");
        assertThat(cleaned.removals()).containsExactly(new EditorText.Removal(2, 10, 0x0B),
                new EditorText.Removal(3, 11, 0x2028), new EditorText.Removal(3, 13, 0x0C));
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "title: 关于开展2022年科技活动周的通知\n";

        assertThat(EditorText.clean(text, 1).text()).isSameAs(text);
    }
}
