package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A document's numbers per token: counting occurrences and combining weights agree. */
class CountsTest {

    /** Enough Chinese text to grow the table several times, with words and repeats. */
    private static final String TEXT = "关于开展2022年全国科技活动周活动的通知，科技活动周期间各地开展科普日活动。".repeat(3)
            + "临工科发〔2022〕13号 COVID-19 " + "沙坡头区乐家湾村民委员会".repeat(40);

    @Test
    void countingGivesEachTokenItsNumberOfOccurrences() {
        Counts counted = new Counts();
        SearchTokens.scan(TEXT, false, counted.counting());
        Counts added = new Counts();
        SearchTokens.scan(TEXT, false, added.adding(1, Integer::sum));

        assertThat(asMap(counted.weighed())).isEqualTo(asMap(added.weighed()))
                .containsEntry("科技", 6).containsEntry("2022", 4).containsEntry("沙坡", 40).containsEntry("covid", 1);
    }

    /** A table made at a body's size holds what one grown by doubling holds, and never needs to grow. */
    @Test
    void aTableMadeAtTheBodysSizeCountsWhatAGrownOneCounts() {
        Counts grown = new Counts();
        SearchTokens.scan(TEXT, false, grown.counting());
        Counts sized = new Counts(TEXT.length());
        SearchTokens.scan(TEXT, false, sized.counting());

        assertThat(asMap(sized.weighed())).isEqualTo(asMap(grown.weighed()));
        assertThat(sized.pairs()).isEqualTo(grown.pairs()).isLessThanOrEqualTo(TEXT.length());
    }

    private static Map<String, Integer> asMap(SearchIndexWriter.Weighed weighed) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < weighed.pairs().length; i++) {
            map.put(SearchTokens.unpack(weighed.pairs()[i]), (int) weighed.pairWeights()[i]);
        }
        for (int i = 0; i < weighed.others().length; i++) {
            map.put(weighed.others()[i], (int) weighed.otherWeights()[i]);
        }
        return map;
    }
}
