package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.site.Documents.activity;
import static org.gazette.site.Documents.agency;
import static org.gazette.site.Documents.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.content.Agency;
import org.gazette.content.Document;
import org.gazette.content.SiteData;
import org.junit.jupiter.api.Test;

/**
 * The calendar index of an updated site index is the last one updated in place: the lists a new
 * index of the same documents has, with the lists no changed document reaches kept as they were.
 */
class CalendarIndexUpdateTest {

    static final Agency KJJ = agency("kjj", "某县科学技术局", "县科技局");
    static final Agency KX = agency("kx", "某县科学技术协会", "县科协");
    static final Agency WLJ = agency("wlj", "某县文化旅游局", "县文旅局");
    static final SiteData DATA = Documents.data(List.of(KJJ, KX, WLJ), Map.of());
    static final Publication ON_THE_DAY = new Publication(LocalDate.of(2022, 12, 31), false, false);

    final List<Document> documents = new ArrayList<>();

    CalendarIndexUpdateTest() {
        for (int i = 1; i <= 40; i++) {
            LocalDate day = LocalDate.of(2022, 1 + i % 12, 1 + i % 27);
            documents.add(notice("n" + i, day, i % 3 == 0 ? List.of(KX) : List.of(KJJ, KX), List.of(),
                    i % 2 == 0 ? List.of(activity("活动" + i, day.plusDays(3)), activity("复赛" + i, day.plusDays(i)))
                            : List.of()));
        }
        documents.add(notice("wlj", LocalDate.of(2022, 3, 3), List.of(WLJ), List.of(),
                List.of(activity("文旅活动", LocalDate.of(2022, 3, 10)))));
    }

    @Test
    void editedAddedAndRemovedDocumentsLeaveTheListsOfANewIndex() {
        SiteIndex last = SiteIndex.updated(null, DATA, documents, ON_THE_DAY, Map.of());
        CalendarIndex lastCalendars = CalendarIndex.of(last);
        documents.set(5, notice("n6", LocalDate.of(2022, 12, 29), List.of(KJJ), List.of(),
                List.of(activity("改期的活动", LocalDate.of(2021, 3, 3)))));
        documents.set(9, notice("n10", LocalDate.of(2022, 11, 1), List.of(KX), List.of(),
                List.of(activity("同日活动", LocalDate.of(2022, 11, 14)))));
        documents.remove(20);
        documents.add(notice("new", LocalDate.of(2022, 6, 15), List.of(KJJ), List.of(),
                List.of(activity("新活动", LocalDate.of(2022, 6, 20)))));

        SiteIndex now = SiteIndex.updated(last, DATA, documents, ON_THE_DAY, Map.of());
        CalendarIndex updated = CalendarIndex.of(now);
        CalendarIndex fresh = new CalendarIndex(new SiteIndex(DATA, documents, ON_THE_DAY));

        assertThat(updated).isNotSameAs(lastCalendars);
        for (Agency agency : List.of(KJJ, KX, WLJ)) {
            assertThat(updated.agencyActivities(agency.id())).isEqualTo(fresh.agencyActivities(agency.id()));
            assertThat(updated.agencyDeadlines(agency.id())).isEqualTo(fresh.agencyDeadlines(agency.id()));
        }
        assertThat(updated.agencyActivities("kjj")).extracting(a -> a.item().title()).contains("改期的活动", "新活动")
                .doesNotContain("活动6", "活动21");
        // No changed document is wlj's: its list is the last index's.
        assertThat(updated.agencyActivities("wlj")).isSameAs(lastCalendars.agencyActivities("wlj"));
    }

    @Test
    void anEditOfAnUndatedDocumentKeepsTheWholeIndex() {
        SiteIndex last = SiteIndex.updated(null, DATA, documents, ON_THE_DAY, Map.of());
        CalendarIndex lastCalendars = CalendarIndex.of(last);
        documents.set(2, notice("n3", LocalDate.of(2022, 4, 4), List.of(KX), List.of()));

        CalendarIndex updated = CalendarIndex.of(SiteIndex.updated(last, DATA, documents, ON_THE_DAY, Map.of()));

        assertThat(updated).isSameAs(lastCalendars);
    }

    @Test
    void anIndexLastMadeSeveralBuildsAgoIsUpdatedWithEveryChangeSince() {
        SiteIndex first = SiteIndex.updated(null, DATA, documents, ON_THE_DAY, Map.of());
        CalendarIndex.of(first);
        documents.set(1, notice("n2", LocalDate.of(2022, 2, 2), List.of(WLJ), List.of(),
                List.of(activity("第二次的活动", LocalDate.of(2022, 2, 5)))));
        // A build that made no calendars: the next takes the first build's index and both changes.
        SiteIndex second = SiteIndex.updated(first, DATA, documents, ON_THE_DAY, Map.of());
        documents.set(3, notice("n4", LocalDate.of(2022, 4, 4), List.of(WLJ), List.of()));

        SiteIndex third = SiteIndex.updated(second, DATA, documents, ON_THE_DAY, Map.of());
        CalendarIndex fresh = new CalendarIndex(new SiteIndex(DATA, documents, ON_THE_DAY));

        for (Agency agency : List.of(KJJ, KX, WLJ)) {
            assertThat(CalendarIndex.of(third).agencyActivities(agency.id())).isEqualTo(fresh.agencyActivities(agency.id()));
        }
        assertThat(CalendarIndex.of(third).agencyActivities("wlj")).extracting(a -> a.item().title())
                .containsExactly("第二次的活动", "文旅活动");
    }
}
