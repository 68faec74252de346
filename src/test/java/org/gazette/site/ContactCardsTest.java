package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gazette.content.Contact;
import org.junit.jupiter.api.Test;

/** Where vCards are published and the UIDs they carry. */
class ContactCardsTest {

    static final Contact INLINE = new Contact(null, "张晓鸽", "临猗县工科局科技股", null, List.of("0359—2333259"),
            List.of(), List.of(), null, null);
    static final Urls URLS = new Urls("https://example.gov.cn", "/");

    @Test
    void aSharedEntryIsPublishedUnderItsId() {
        Contact shared = new Contact("xinxiang-kx-guo-bing", "郭兵", null, null, List.of(), List.of(), List.of(), null, null);

        assertThat(ContactCards.personPath(shared)).isEqualTo("contacts/xinxiang-kx-guo-bing.vcf");
    }

    @Test
    void anInlineEntryGetsAnAsciiPathFromWhatItSays() {
        assertThat(ContactCards.personPath(INLINE)).matches("contacts/inline/[0-9a-f]{16}\\.vcf");
    }

    @Test
    void theSameInlineEntryInTwoDocumentsSharesOneCard() {
        Contact again = new Contact(null, "张晓鸽", "临猗县工科局科技股", null, List.of("0359—2333259"), List.of(), List.of(),
                null, null);

        assertThat(ContactCards.personPath(again)).isEqualTo(ContactCards.personPath(INLINE));
    }

    @Test
    void aChangedNumberGivesANewCard() {
        Contact moved = new Contact(null, "张晓鸽", "临猗县工科局科技股", null, List.of("0359—2333260"), List.of(), List.of(),
                null, null);

        assertThat(ContactCards.personPath(moved)).isNotEqualTo(ContactCards.personPath(INLINE));
    }

    @Test
    void theUidIsStableAndDependsOnTheCardsAddress() {
        String uid = ContactCards.uid(URLS, "contacts/a.vcf");

        assertThat(uid).startsWith("urn:uuid:").isEqualTo(ContactCards.uid(URLS, "contacts/a.vcf"));
        assertThat(uid).isNotEqualTo(ContactCards.uid(URLS, "contacts/b.vcf"));
    }
}
