package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.site.Documents.activity;
import static org.gazette.site.Documents.agency;
import static org.gazette.site.Documents.data;
import static org.gazette.site.Documents.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.content.Agency;
import org.gazette.content.Document;
import org.gazette.content.Organizer;
import org.gazette.content.ScheduleItem;
import org.gazette.site.SiteIndex;
import org.junit.jupiter.api.Test;

/** The plan of the 联系我们 directory and the agency pages. */
class ContactPagesTest {

    static final Agency BIG = agency("big", "大县科学技术局", "大县科技局");
    static final Agency SMALL = agency("small", "小县科学技术协会", "小县科协");
    static final Agency HELPER = agency("helper", "帮县科学技术局", null);
    static final LocalDate DAY = LocalDate.of(2022, 5, 24);

    private static List<PlannedPage> plan(List<Document> documents) {
        return new ContactPages().pages(new SiteIndex(data(List.of(BIG, SMALL, HELPER), Map.of()), documents), DAY);
    }

    private static List<PlannedPage> agencyPages(List<PlannedPage> pages, String id) {
        return pages.stream().filter(p -> p.outputPath().startsWith("agencies/" + id + "/")).toList();
    }

    @Test
    void tenThousandNoticesMakeFiveHundredAgencyPagesOfTwentyEach() {
        List<Document> documents = new ArrayList<>();
        for (int n = 0; n < 10_000; n++) {
            documents.add(notice(String.format("n%05d", n), DAY.minusDays(n), List.of(BIG), List.of()));
        }

        List<PlannedPage> pages = agencyPages(plan(documents), "big");

        assertThat(pages).hasSize(500);
        assertThat(pages).allSatisfy(p -> assertThat(((AgencyPage) p.model()).documents()).hasSize(Pagination.PAGE_SIZE));
        assertThat(pages.get(0).outputPath()).isEqualTo("agencies/big/index.html");
        assertThat(pages.get(499).outputPath()).isEqualTo("agencies/big/page/500/index.html");
        assertThat(((AgencyPage) pages.get(1).model()).documents().get(0).title()).isEqualTo("通知 n00020");
    }

    @Test
    void anAgencyWithoutDocumentsStillHasItsPage() {
        List<PlannedPage> pages = agencyPages(plan(List.of()), "small");

        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(((AgencyPage) p.model()).documents()).isEmpty();
            assertThat(p.meta().title()).isEqualTo("小县科学技术协会");
        });
    }

    @Test
    void theDirectoryIsOnePageListingEveryAgencyInDataOrder() {
        List<PlannedPage> directory = plan(List.of()).stream().filter(p -> p.kind().equals("contacts")).toList();

        assertThat(directory).singleElement().satisfies(p -> {
            assertThat(p.outputPath()).isEqualTo("contacts/index.html");
            assertThat(((ContactDirectoryPage) p.model()).agencies()).extracting(v -> v.agency().id())
                    .containsExactly("big", "small", "helper");
        });
    }

    @Test
    void aGrowingArchiveShowsTheNewestContactsOnlySoNeitherPageGrows() {
        List<Document> documents = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            documents.add(notice(String.format("n%03d", n), DAY.minusDays(n), List.of(BIG),
                    List.of(org.gazette.site.Documents.person("联系人" + n, "大县科学技术局", "0359-2333259"))));
        }

        List<PlannedPage> pages = plan(documents);

        AgencyView inDirectory = pages.stream().filter(p -> p.kind().equals("contacts"))
                .map(p -> ((ContactDirectoryPage) p.model()).agencies().get(0)).findFirst().orElseThrow();
        AgencyView onItsPage = ((AgencyPage) agencyPages(pages, "big").get(0).model()).agency();
        assertThat(inDirectory.contactCount()).isEqualTo(100);
        assertThat(inDirectory.shownContacts()).isEqualTo(ContactPages.DIRECTORY_CONTACTS);
        assertThat(inDirectory.contacts().get(0).contacts()).extracting(c -> c.contact().name())
                .startsWith("联系人0", "联系人1");
        assertThat(onItsPage.shownContacts()).isEqualTo(ContactPages.AGENCY_CONTACTS);
        assertThat(onItsPage.contactCount()).isEqualTo(100);
    }

    @Test
    void linksTheCalendarOfAgenciesThatIssueOrOrganiseActivities() {
        ScheduleItem helped = new ScheduleItem("启动仪式", org.gazette.content.Moment.of(DAY), null, null, null,
                List.of(new Organizer(HELPER.name(), HELPER)), null, null, 1);
        List<Document> documents = List.of(
                notice("a", DAY, List.of(SMALL), List.of(), List.of(activity("科普日", DAY))),
                notice("b", DAY, List.of(SMALL), List.of(), List.of(helped)),
                notice("c", DAY, List.of(BIG), List.of()));

        List<PlannedPage> pages = plan(documents);

        assertThat(calendarOf(pages, "small")).isEqualTo("calendar/agencies/small/");
        assertThat(calendarOf(pages, "helper")).isEqualTo("calendar/agencies/helper/");
        assertThat(calendarOf(pages, "big")).isNull();
    }

    private static String calendarOf(List<PlannedPage> pages, String id) {
        return ((AgencyPage) agencyPages(pages, id).get(0).model()).agency().calendar();
    }

    @Test
    void agencyPagesMarkTheContactsEntryOfTheNavigation() {
        assertThat(agencyPages(plan(List.of()), "big").get(0).meta().section()).isEqualTo(ContactPages.PATH);
    }
}
