package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.site.Documents.activity;
import static org.gazette.site.Documents.agency;
import static org.gazette.site.Documents.notice;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.content.Agency;
import org.gazette.content.Document;
import org.gazette.content.SiteData;
import org.junit.jupiter.api.Test;

/**
 * An index updated after an edit ({@link SiteIndex#updated}) is the index a new one of the same
 * documents would be, in every order, while each unchanged document keeps the facts derived for it
 * last time: the very event and attachment objects, and its feed entry.
 */
class SiteIndexUpdateTest {

    static final Agency KJJ = agency("kjj", "某县科学技术局", "县科技局");
    static final Agency KX = agency("kx", "某县科学技术协会", "县科协");
    static final SiteData DATA = Documents.data(List.of(KJJ, KX), Map.of());
    static final Publication ON_THE_DAY = new Publication(LocalDate.of(2022, 12, 31), false, false);

    final List<Document> documents = new ArrayList<>();

    SiteIndexUpdateTest() {
        for (int i = 1; i <= 40; i++) {
            LocalDate day = LocalDate.of(2022, 1 + i % 12, 1 + i % 27);
            documents.add(notice("n" + i, day, i % 3 == 0 ? List.of(KX) : List.of(KJJ, KX), List.of(),
                    i % 2 == 0 ? List.of(activity("活动" + i, day.plusDays(3)), activity("复赛" + i, day.plusDays(i)))
                            : List.of()));
        }
    }

    @Test
    void anEditedDocumentIsPlacedAgainInEveryOrderAsANewIndexWouldPlaceIt() {
        SiteIndex last = SiteIndex.updated(null, DATA, documents, ON_THE_DAY, bodies());
        replace(5, notice("n6", LocalDate.of(2023, 1, 1).minusDays(2), List.of(KJJ), List.of(),
                List.of(activity("改期的活动", LocalDate.of(2021, 3, 3)))));
        replace(8, notice("n9", LocalDate.of(2022, 1, 1), List.of(KJJ), List.of()));

        assertSameIndex(SiteIndex.updated(last, DATA, documents, ON_THE_DAY, bodies()),
                new SiteIndex(DATA, documents, ON_THE_DAY, bodies()));
    }

    @Test
    void addedAndRemovedDocumentsAreInTheOrdersOfANewIndex() {
        SiteIndex last = SiteIndex.updated(null, DATA, documents, ON_THE_DAY, bodies());
        documents.remove(10);
        documents.remove(20);
        documents.add(notice("new", LocalDate.of(2022, 6, 15), List.of(KX), List.of(),
                List.of(activity("新活动", LocalDate.of(2022, 6, 20)))));

        assertSameIndex(SiteIndex.updated(last, DATA, documents, ON_THE_DAY, bodies()),
                new SiteIndex(DATA, documents, ON_THE_DAY, bodies()));
    }

    @Test
    void anUnchangedDocumentKeepsItsEventsAndFeedEntryWhileAnEditedOneGetsNewOnes() {
        SiteIndex last = SiteIndex.updated(null, DATA, documents, ON_THE_DAY, bodies());
        Feeds lastFeeds = Feeds.of(last);
        Document kept = last.published().stream().filter(d -> !d.schedule().isEmpty()).findFirst().orElseThrow();
        replace(3, notice("n4", LocalDate.of(2022, 12, 30), List.of(KX), List.of(),
                List.of(activity("新增活动", LocalDate.of(2022, 12, 31)))));

        SiteIndex now = SiteIndex.updated(last, DATA, documents, ON_THE_DAY, bodies());

        assertThat(now.events(kept)).isSameAs(last.events(kept));
        assertThat(now.events(documents.get(3)).activities()).extracting(a -> a.item().title()).containsExactly("新增活动");
        FeedEntry keptEntry = entryOf(lastFeeds.site(), kept);
        assertThat(entryOf(Feeds.of(now).site(), kept)).isSameAs(keptEntry);
        // kjj's feed no longer holds n4 and so changed; the site feed now starts with it.
        assertThat(Feeds.of(now).site().entries().get(0).title()).isEqualTo("通知 n4");
        assertThat(Feeds.of(now).agencyChannel("kjj")).isNotSameAs(lastFeeds.agencyChannel("kjj"));
    }

    @Test
    void theEventsTheDocumentPassMadeForAPageAreTheIndexsOwnNotMadeAgain() {
        Document dated = documents.get(1);
        DocumentEvents made = DocumentEvents.of(dated);

        SiteIndex site = SiteIndex.updated(null, DATA, documents, ON_THE_DAY, bodies(), d -> d == dated ? made : null);

        assertThat(site.events(dated)).isSameAs(made);
        assertThat(site.activities()).filteredOn(a -> a.document() == dated).hasSize(2)
                .allSatisfy(a -> assertThat(a).isSameAs(made.activities().get(a.index())));
        // A document the pass made nothing for gets its events from the index, as before.
        Document other = documents.get(3);
        assertThat(site.events(other).activities()).extracting(a -> a.item().title()).containsExactly("活动4", "复赛4");
    }

    @Test
    void aFeedNoChangeReachesIsTheLastFeedItself() {
        List<Document> onlyKx = new ArrayList<>(documents.stream().filter(d -> d.agencies().equals(List.of(KX))).toList());
        SiteIndex last = SiteIndex.updated(null, DATA, onlyKx, ON_THE_DAY, Map.of());
        Feeds lastFeeds = Feeds.of(last);
        onlyKx.add(notice("kjj-only", LocalDate.of(2022, 12, 30), List.of(KJJ), List.of()));

        Feeds now = Feeds.of(SiteIndex.updated(last, DATA, onlyKx, ON_THE_DAY, Map.of()));

        assertThat(now.agencyChannel("kx")).isSameAs(lastFeeds.agencyChannel("kx"));
        assertThat(now.site()).isNotSameAs(lastFeeds.site());
        assertThat(now.agencyChannel("kjj").entries()).extracting(FeedEntry::title).containsExactly("通知 kjj-only");
    }

    @Test
    void aBodyEditMakesTheDocumentsFeedEntryAgain() {
        SiteIndex last = SiteIndex.updated(null, DATA, documents, ON_THE_DAY, bodies());
        Feeds lastFeeds = Feeds.of(last);
        Document newest = last.published().get(0);
        Map<Path, String> edited = new java.util.HashMap<>(bodies());
        edited.put(newest.file(), "<p>改过的正文</p>");

        Feeds now = Feeds.of(SiteIndex.updated(last, DATA, documents, ON_THE_DAY, edited));

        assertThat(now.site().entries().get(0).html()).isEqualTo("<p>改过的正文</p>");
        assertThat(now.site()).isNotSameAs(lastFeeds.site());
        assertThat(now.site().entries().subList(1, 30)).isEqualTo(lastFeeds.site().entries().subList(1, 30));
    }

    private static FeedEntry entryOf(Feeds.Channel channel, Document document) {
        return channel.entries().stream().filter(e -> e.title().equals(document.title())).findFirst().orElseThrow();
    }

    private void replace(int index, Document document) {
        documents.set(index, document);
    }

    private Map<Path, String> bodies() {
        Map<Path, String> bodies = new java.util.HashMap<>();
        documents.forEach(d -> bodies.put(d.file(), "<p>" + d.title() + "的正文</p>"));
        return bodies;
    }

    private static void assertSameIndex(SiteIndex updated, SiteIndex fresh) {
        assertThat(updated.published()).containsExactlyElementsOf(fresh.published());
        assertThat(updated.activities()).containsExactlyElementsOf(fresh.activities());
        assertThat(updated.deadlines()).containsExactlyElementsOf(fresh.deadlines());
        for (String id : List.of("kjj", "kx")) {
            assertThat(updated.byAgency(id)).containsExactlyElementsOf(fresh.byAgency(id));
        }
        for (Document document : fresh.published()) {
            assertThat(updated.neighbours(document)).isEqualTo(fresh.neighbours(document));
            assertThat(updated.events(document)).isEqualTo(fresh.events(document));
        }
        assertThat(Feeds.of(updated).channels()).isEqualTo(Feeds.of(fresh).channels());
    }
}
