package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When {@code data/site.yaml} declares the site's fixed 主题分类 list, a document's {@code topics}
 * must be entries of it, and a word that is not gets the closest entry as a hint; without a list,
 * {@code topics} stays free. Keywords (主题词) are free either way.
 */
@ExtendWith(TestSiteExtension.class)
class TopicClassificationTest {

    private static final String CLASSIFICATION = """
            topics:
              - 综合政务\\政务公开
              - 科技、教育\\科技
              - 科技、教育\\科普
            """;

    private static final String NOTICE = """
            ---
            title: 通知
            date: 2022-05-24
            agencies: [kjj]
            topics: [%s]
            keywords: [科技活动周, 随便写的词]
            ---
            """;

    @Test
    void topicsFromTheDeclaredListAreAccepted(TestSite site) throws IOException {
        site.write("data/site.yaml", TestSite.SITE_YAML + CLASSIFICATION)
                .write("content/notices/a.md", NOTICE.formatted("科技、教育\\科普, 综合政务\\政务公开"));

        TestSite.Reading reading = site.read("content/notices/a.md");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.document().topics()).containsExactly("科技、教育\\科普", "综合政务\\政务公开");
        assertThat(reading.document().keywords()).containsExactly("科技活动周", "随便写的词");
    }

    @Test
    void aTopicOutsideTheListIsReportedWithTheClosestEntry(TestSite site) throws IOException {
        site.write("data/site.yaml", TestSite.SITE_YAML + CLASSIFICATION)
                .write("content/notices/a.md", NOTICE.formatted("科普"));

        assertThat(site.read("content/notices/a.md").problems()).singleElement().satisfies(problem -> assertThatProblem(problem)
                .isAt("content/notices/a.md", 5, "topics")
                .hasMessageContaining("主题分类“科普”不在本站的主题分类表中（data/site.yaml 的 topics）")
                .hasHintContaining("是不是想写 科技、教育\\科普？"));
    }

    @Test
    void aMisspeltEntryGetsTheEntryItWasMeantToBe(TestSite site) throws IOException {
        site.write("data/site.yaml", TestSite.SITE_YAML + CLASSIFICATION)
                .write("content/notices/a.md", NOTICE.formatted("综合政务\\政务公布"));

        assertThat(site.read("content/notices/a.md").problems()).singleElement()
                .satisfies(problem -> assertThatProblem(problem).hasHintContaining("是不是想写 综合政务\\政务公开？"));
    }

    @Test
    void withoutADeclaredListTopicsAreFreeWords(TestSite site) throws IOException {
        site.write("content/notices/a.md", NOTICE.formatted("科普, 乡村振兴"));

        TestSite.Reading reading = site.read("content/notices/a.md");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.document().topics()).containsExactly("科普", "乡村振兴");
    }
}
