package org.gazette.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Content lines are folded at 75 octets without splitting a character. */
class IcsFoldingTest {

    private static final String LONG = "SUMMARY:" + "开展科普大篷车巡展及宣传、科普“七进”等活动".repeat(4) + "\r\n";

    @Test
    void keepsEveryLineWithin75Octets() {
        String folded = new String(IcsFolding.fold(LONG), StandardCharsets.UTF_8);

        assertThat(folded.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void unfoldsToTheOriginalText() {
        String folded = new String(IcsFolding.fold(LONG), StandardCharsets.UTF_8);

        assertThat(folded.replace("\r\n ", "")).isEqualTo(LONG);
    }

    @Test
    void neverSplitsAMultiByteCharacter() {
        byte[] folded = IcsFolding.fold(LONG);

        assertThat(new String(folded, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(folded);
        assertThat(new String(folded, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
    }

    @Test
    void leavesShortLinesAlone() {
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";

        assertThat(new String(IcsFolding.fold(text), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void foldsEachLineAsLateAsTheLimitAllows() {
        String text = "DESCRIPTION:" + "时间：2024年5月20日 9:00\\n地点：临沂市科技馆🎉".repeat(6) + "\r\nSUMMARY:" + "a".repeat(200) + "\r\n";
        String folded = new String(IcsFolding.fold(text), StandardCharsets.UTF_8);

        String[] lines = folded.split("\r\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i + 1].startsWith(" ")) {
                // The next line's first character (after the fold's space) would not have fitted.
                String next = new String(Character.toChars(lines[i + 1].codePointAt(1)));
                assertThat(octets(lines[i]) + octets(next)).as("line %d", i).isGreaterThan(75);
            }
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(text);
    }

    private static int octets(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
