package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gazette.fixtures.ArchiveSite;
import org.junit.jupiter.api.Test;

/** Which topics a site has, in which order, and the one rule for a topic's address. */
class TopicIndexTest {

    static final LocalDate DAY = LocalDate.of(2022, 5, 24);

    @Test
    void aSlugIsTheFirstEightHexDigitsOfTheTopicsSha256SoItNeverChangesWithTheListOrALibrary() {
        // Expected values computed outside Java: python3 -c "import hashlib; print(hashlib.sha256('科普'.encode()).hexdigest()[:8])"
        assertThat(TopicIndex.slug("科普")).isEqualTo("b345cb79");
        assertThat(TopicIndex.slug("综合政务\\政务公开")).isEqualTo("c1221d46");
        assertThat(ArchivePaths.topic(TopicIndex.slug("科普"))).isEqualTo("topics/b345cb79/");
    }

    @Test
    void aSlugReadsTheTopicInItsComposedUnicodeFormSoTwoSpellingsOfOneTopicShareIt() {
        assertThat(TopicIndex.slug("Cafe\u0301")).isEqualTo(TopicIndex.slug("Caf\u00e9")).matches("[0-9a-f]{8}");
    }

    @Test
    void aDeclaredListGivesEveryEntryInItsOrderEvenOnesNoDocumentUsesYet() {
        TopicIndex index = TopicIndex.of(ArchiveSite.declaring("综合政务\\政务公开", "科技、教育\\科技")
                .notice("a", DAY, List.of("科技、教育\\科技")).index());

        assertThat(index.topics()).extracting(TopicIndex.Topic::name).containsExactly("综合政务\\政务公开", "科技、教育\\科技");
        assertThat(index.topics()).extracting(t -> t.documents().size()).containsExactly(0, 1);
        assertThat(index.hasDocuments()).isTrue();
    }

    @Test
    void freeTopicsComeMostDocumentsFirstThenByTheirText() {
        TopicIndex index = TopicIndex.of(ArchiveSite.free()
                .notice("a", DAY, List.of("科普", "乡村振兴"))
                .notice("b", DAY.minusDays(1), List.of("科普", "科学家精神"))
                .notice("c", DAY.minusDays(2), List.of("乡村振兴")).index());

        assertThat(index.topics()).extracting(TopicIndex.Topic::name).containsExactly("乡村振兴", "科普", "科学家精神");
        assertThat(index.topics().get(1).documents()).extracting(d -> d.title()).containsExactly("通知公告 a", "通知公告 b");
    }

    @Test
    void aTopicWrittenTwiceInOneDocumentCountsItOnce() {
        TopicIndex index = TopicIndex.of(ArchiveSite.free().notice("a", DAY, List.of("科普", "科普")).index());

        assertThat(index.topics()).singleElement().satisfies(t -> assertThat(t.documents()).hasSize(1));
    }

    @Test
    void aTopicAPublishedDocumentNamesHasAPageAndADeclaredTopicNothingUsesHasNone() {
        TopicIndex index = TopicIndex.of(ArchiveSite.declaring("综合政务\\政务公开", "科技、教育\\科技")
                .notice("a", DAY, List.of("科技、教育\\科技")).index());

        assertThat(index.page("科技、教育\\科技")).isEqualTo(ArchivePaths.topic(TopicIndex.slug("科技、教育\\科技")));
        assertThat(index.page("综合政务\\政务公开")).isNull();
        assertThat(index.page("没有人写过的主题")).isNull();
    }

    @Test
    void aSiteWhoseTopicsNoDocumentUsesHasNoTopicPages() {
        assertThat(TopicIndex.of(ArchiveSite.declaring("综合政务\\政务公开").notice("a", DAY, List.of()).index()).hasDocuments())
                .isFalse();
        assertThat(TopicIndex.of(ArchiveSite.free().index()).topics()).isEmpty();
    }
}
