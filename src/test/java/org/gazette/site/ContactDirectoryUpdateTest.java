package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.site.Documents.agency;
import static org.gazette.site.Documents.notice;
import static org.gazette.site.Documents.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.content.Agency;
import org.gazette.content.Contact;
import org.gazette.content.Document;
import org.gazette.content.SiteData;
import org.junit.jupiter.api.Test;

/**
 * In a rebuild the contact directory of the updated index ({@link SiteIndex#updated}) is the last
 * one when no document changed what the directory reads of it (a title edit), naming the edited
 * document's new version, and is made again, as a new index's, when one did (a contact, an agency,
 * a date, a document added).
 */
class ContactDirectoryUpdateTest {

    static final Agency KJJ = agency("kjj", "某县科学技术局", "县科技局");
    static final Agency KX = agency("kx", "某县科学技术协会", "县科协");
    static final SiteData DATA = Documents.data(List.of(KJJ, KX), Map.of());
    static final Publication ON_THE_DAY = new Publication(LocalDate.of(2022, 12, 31), false, false);
    static final Contact LI = person("李四", "乡镇文化站", "18235928498");
    static final Contact WANG = person("王五", "县科技局办公室", "0371-1234567");

    final List<Document> documents = new ArrayList<>();

    ContactDirectoryUpdateTest() {
        for (int i = 1; i <= 12; i++) {
            documents.add(notice("n" + i, LocalDate.of(2022, i, 10), i % 2 == 0 ? List.of(KX) : List.of(KJJ),
                    i % 3 == 0 ? List.of(LI, WANG) : List.of(WANG)));
        }
    }

    @Test
    void aTitleEditKeepsThePeopleOfEveryAgencyAndNamesTheEditedDocumentAsTheNewestListing() {
        SiteIndex last = SiteIndex.updated(null, DATA, documents, ON_THE_DAY, Map.of());
        ContactDirectory before = ContactDirectory.of(last);
        Document edited = retitled(documents.get(11), "改过标题的通知");
        documents.set(11, edited);

        ContactDirectory now = ContactDirectory.of(SiteIndex.updated(last, DATA, documents, ON_THE_DAY, Map.of()));

        assertThat(now.of("kx")).isSameAs(before.of("kx"));
        assertThat(now.of("kjj")).isSameAs(before.of("kjj"));
        assertThat(now.newestListing(LI)).isSameAs(edited);
        assertSameDirectory(now, ContactDirectory.of(new SiteIndex(DATA, documents, ON_THE_DAY)));
    }

    @Test
    void aDirectoryKeptOverSeveralRebuildsStillMeetsAContactEditAsANewIndexWould() {
        SiteIndex index = SiteIndex.updated(null, DATA, documents, ON_THE_DAY, Map.of());
        ContactDirectory.of(index);
        documents.set(3, retitled(documents.get(3), "第一次改标题"));
        index = SiteIndex.updated(index, DATA, documents, ON_THE_DAY, Map.of());
        ContactDirectory.of(index);
        documents.set(3, retitled(documents.get(3), "第二次改标题"));
        index = SiteIndex.updated(index, DATA, documents, ON_THE_DAY, Map.of()); // no directory asked for
        Contact moved = person("李四", "乡镇文化站", "13912345678");
        documents.set(11, notice("n12", LocalDate.of(2022, 12, 10), List.of(KX), List.of(moved)));

        ContactDirectory now = ContactDirectory.of(SiteIndex.updated(index, DATA, documents, ON_THE_DAY, Map.of()));

        assertThat(now.of("kx")).contains(moved);
        assertSameDirectory(now, ContactDirectory.of(new SiteIndex(DATA, documents, ON_THE_DAY)));
    }

    @Test
    void anAgencyDateOrAddedDocumentMakesTheDirectoryAgainAsANewIndexWould() {
        SiteIndex index = SiteIndex.updated(null, DATA, documents, ON_THE_DAY, Map.of());
        ContactDirectory.of(index);
        // n12 (kx, listing 李四) is the newest; moved to kjj, 李四 belongs to kjj's issuers too.
        documents.set(11, notice("n12", LocalDate.of(2022, 12, 10), List.of(KJJ), List.of(LI)));
        index = SiteIndex.updated(index, DATA, documents, ON_THE_DAY, Map.of());
        assertSameDirectory(ContactDirectory.of(index), ContactDirectory.of(new SiteIndex(DATA, documents, ON_THE_DAY)));

        documents.set(0, notice("n1", LocalDate.of(2022, 12, 20), List.of(KJJ), List.of(person("王五", "县科技局办公室", "0371-7654321"))));
        index = SiteIndex.updated(index, DATA, documents, ON_THE_DAY, Map.of());
        assertSameDirectory(ContactDirectory.of(index), ContactDirectory.of(new SiteIndex(DATA, documents, ON_THE_DAY)));

        documents.add(notice("n13", LocalDate.of(2022, 12, 30), List.of(KX), List.of(person("赵六", "乡镇文化站", "13800000000"))));
        index = SiteIndex.updated(index, DATA, documents, ON_THE_DAY, Map.of());
        assertSameDirectory(ContactDirectory.of(index), ContactDirectory.of(new SiteIndex(DATA, documents, ON_THE_DAY)));
        assertThat(ContactDirectory.of(index).of("kx")).extracting(Contact::name).contains("赵六");
    }

    private static void assertSameDirectory(ContactDirectory updated, ContactDirectory fresh) {
        for (String id : List.of("kjj", "kx")) {
            assertThat(updated.of(id)).containsExactlyElementsOf(fresh.of(id));
            for (Contact contact : fresh.of(id)) {
                assertThat(updated.newestListing(contact)).isEqualTo(fresh.newestListing(contact));
            }
        }
        assertThat(updated.unaffiliated()).containsExactlyElementsOf(fresh.unaffiliated());
    }

    /** The same document with another title: a title edit. */
    private static Document retitled(Document d, String title) {
        return new Document(d.sourcePath(), d.file(), d.bundle(), d.url(), d.type(), d.draft(), title, d.date(), d.written(),
                d.updated(), d.agencies(), d.docNumber(), d.indexNumber(), d.campaigns(), d.themes(), d.topics(), d.keywords(),
                d.validity(), d.validUntil(), d.summary(), d.schedule(), d.deadlines(), d.contacts(), d.attachments(),
                d.bodyFirstLine());
    }
}
