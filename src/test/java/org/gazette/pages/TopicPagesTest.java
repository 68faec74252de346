package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gazette.fixtures.ArchiveSite;
import org.gazette.site.TopicIndex;
import org.junit.jupiter.api.Test;

/** The topic index and the paginated list of each topic. */
class TopicPagesTest {

    static final LocalDate DAY = LocalDate.of(2022, 5, 24);
    static final String KEPU = "topics/" + TopicIndex.slug("科普") + "/";

    private static List<PlannedPage> plan(ArchiveSite site) {
        return new TopicPages().pages(site.index(), DAY);
    }

    @Test
    void theIndexNamesEveryDeclaredTopicWithItsCountAndLinksOnlyThoseWithDocuments() {
        List<PlannedPage> pages = plan(ArchiveSite.declaring("综合政务\\政务公开", "科普").notice("a", DAY, List.of("科普")));

        assertThat(pages).extracting(PlannedPage::outputPath).containsExactly("topics/index.html", KEPU + "index.html");
        TopicIndexPage index = (TopicIndexPage) pages.get(0).model();
        assertThat(index.topics()).containsExactly(new TopicIndexPage.Entry("综合政务\\政务公开", 0, null),
                new TopicIndexPage.Entry("科普", 1, KEPU));
        assertThat(pages.get(0).meta().breadcrumbs()).containsExactly(new Crumb("首页", ""), new Crumb("主题分类", null));
    }

    @Test
    void aTopicListIsPaginatedOnePageForExactlyAPageFullAndASecondForOneMore() {
        assertThat(plan(ArchiveSite.free().notices("n", Pagination.PAGE_SIZE, DAY, List.of("科普"))))
                .extracting(PlannedPage::outputPath).containsExactly("topics/index.html", KEPU + "index.html");

        List<PlannedPage> pages = plan(ArchiveSite.free().notices("n", Pagination.PAGE_SIZE + 1, DAY, List.of("科普")));

        assertThat(pages).extracting(PlannedPage::outputPath)
                .containsExactly("topics/index.html", KEPU + "index.html", KEPU + "page/2/index.html");
        assertThat(((DocumentListPage) pages.get(2).model()).documents()).hasSize(1);
        assertThat(pages.get(2).meta().breadcrumbs()).containsExactly(new Crumb("首页", ""), new Crumb("主题分类", "topics/"),
                new Crumb("主题分类：科普", KEPU), new Crumb("第2页", null));
    }

    @Test
    void aSiteWhoseTopicsHaveNoDocumentHasNoTopicPagesAtAll() {
        assertThat(plan(ArchiveSite.declaring("科普").notice("a", DAY, List.of()))).isEmpty();
    }

    @Test
    void theIndexItselfIsPaginatedPastAHundredTopics() {
        ArchiveSite site = ArchiveSite.free();
        for (int n = 0; n <= TopicPages.TOPICS_PER_PAGE; n++) {
            site.notice("n" + n, DAY, List.of("主题" + n));
        }

        List<PlannedPage> indexes = plan(site).stream().filter(p -> p.kind().equals("topics")).toList();

        assertThat(indexes).extracting(PlannedPage::outputPath).containsExactly("topics/index.html", "topics/page/2/index.html");
        assertThat(((TopicIndexPage) indexes.get(1).model()).topics()).hasSize(1);
    }
}
