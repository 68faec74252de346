package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.fixtures.ArchiveSite;
import org.junit.jupiter.api.Test;

/** An agency's page lists its documents under the headings of their years. */
class AgencyPageTest {

    @Test
    void documentsAreGroupedUnderTheirYearsNewestFirst() {
        List<Document> documents = ArchiveSite.free()
                .notice("a", LocalDate.of(2022, 5, 1), List.of())
                .plan("b", LocalDate.of(2022, 1, 1), List.of())
                .notice("c", LocalDate.of(2020, 5, 1), List.of()).index().published();

        AgencyPage page = new AgencyPage(null, documents, new Pagination(1, 1, "agencies/kjj/"), null);

        assertThat(page.byYear()).extracting(AgencyPage.YearGroup::year).containsExactly(2022, 2020);
        assertThat(page.byYear().get(0).documents()).extracting(Document::title).containsExactly("通知公告 a", "实施方案 b");
    }

    @Test
    void aPageWithoutDocumentsHasNoYear() {
        assertThat(new AgencyPage(null, List.of(), new Pagination(1, 1, "agencies/kjj/"), null).byYear()).isEmpty();
    }
}
