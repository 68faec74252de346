package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.site.Documents.agency;
import static org.gazette.site.Documents.data;
import static org.gazette.site.Documents.notice;
import static org.gazette.site.Documents.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gazette.content.Agency;
import org.gazette.content.Contact;
import org.junit.jupiter.api.Test;

/** Which contact people belong to which agency (the rule the editor's guide states). */
class ContactDirectoryTest {

    static final Agency XX_KX = agency("xinxiang-kx", "新乡市科学技术协会", "新乡市科协");
    static final Agency XX_KJJ = agency("xinxiang-kjj", "新乡市科学技术局", "新乡市科技局");
    static final Agency XX_XCB = agency("xinxiang-xcb", "中共新乡市委宣传部", "新乡市委宣传部");
    static final Agency SPT = agency("shapotou-kjj", "沙坡头区科学技术局（科协）", "沙坡头区科技局（科协）");
    static final List<Agency> ALL = List.of(XX_KX, XX_KJJ, XX_XCB, SPT);
    static final LocalDate MAY = LocalDate.of(2022, 5, 24);

    private static ContactDirectory directory(Map<String, Contact> shared, org.gazette.content.Document... documents) {
        return ContactDirectory.of(new SiteIndex(data(ALL, shared), List.of(documents)));
    }

    @Test
    void aContactBelongsToTheAgencyItsOrganisationStartsWith() {
        assertThat(ContactDirectory.agencyNamedBy("新乡市科协组织人事部", ALL)).isEqualTo(XX_KX);
        assertThat(ContactDirectory.agencyNamedBy("新乡市科技局科技合作人才与科普科", ALL)).isEqualTo(XX_KJJ);
        assertThat(ContactDirectory.agencyNamedBy("中共新乡市委宣传部", ALL)).isEqualTo(XX_XCB);
    }

    @Test
    void aBracketedPartOfTheAgencyNameMayBeLeftOut() {
        assertThat(ContactDirectory.agencyNamedBy("沙坡头区科学技术局", ALL)).isEqualTo(SPT);
        assertThat(ContactDirectory.agencyNamedBy("沙坡头区科学技术局（科协）", ALL)).isEqualTo(SPT);
    }

    @Test
    void theLongestMatchingNameWins() {
        Agency city = agency("city", "新乡市", null);
        assertThat(ContactDirectory.agencyNamedBy("新乡市科协组织人事部", List.of(city, XX_KX))).isEqualTo(XX_KX);
    }

    @Test
    void anOrganisationNamingNoAgencyMatchesNothing() {
        assertThat(ContactDirectory.agencyNamedBy("市科协组织人事部", ALL)).isNull();
        assertThat(ContactDirectory.agencyNamedBy(null, ALL)).isNull();
    }

    @Test
    void listsContactsUnderTheAgencyTheirOrganisationNames() {
        Contact guo = person("郭兵", "新乡市科协组织人事部", "0373-5820419");
        Contact miao = person("苗长汀", "新乡市科技局科技合作人才与科普科", "0373-5828882");

        ContactDirectory directory = directory(Map.of(), notice("a", MAY, List.of(XX_XCB, XX_KX, XX_KJJ), List.of(guo, miao)));

        assertThat(directory.of("xinxiang-kx")).containsExactly(guo);
        assertThat(directory.of("xinxiang-kjj")).containsExactly(miao);
        assertThat(directory.of("xinxiang-xcb")).isEmpty();
    }

    @Test
    void aContactNamingNoAgencyBelongsToEveryIssuerOfADocumentListingIt() {
        Contact office = person("办公室", "市科协组织人事部", "0373-5820419");

        ContactDirectory directory = directory(Map.of(), notice("a", MAY, List.of(XX_KX, XX_KJJ), List.of(office)));

        assertThat(directory.of("xinxiang-kx")).containsExactly(office);
        assertThat(directory.of("xinxiang-kjj")).containsExactly(office);
        assertThat(directory.of("shapotou-kjj")).isEmpty();
    }

    @Test
    void aPersonListedInSeveralDocumentsIsListedOnceAsTheNewestDocumentHasThem() {
        Contact old = person("郭兵", "新乡市科协组织人事部", "0373-5820419");
        Contact current = person("郭兵", "新乡市科协 组织人事部", "0373-5820420");

        ContactDirectory directory = directory(Map.of(),
                notice("old", MAY.minusYears(1), List.of(XX_KX), List.of(old)),
                notice("new", MAY, List.of(XX_KX), List.of(current)));

        assertThat(directory.of("xinxiang-kx")).containsExactly(current);
    }

    @Test
    void sharedEntriesNoDocumentListsStillAppear() {
        Contact shared = new Contact("xinxiang-kjj-miao", "苗长汀", "新乡市科技局科技合作人才与科普科", null,
                List.of("0373-5828882"), List.of(), List.of(), null, null);

        ContactDirectory directory = directory(Map.of("xinxiang-kjj-miao", shared));

        assertThat(directory.of("xinxiang-kjj")).containsExactly(shared);
    }

    @Test
    void sharedEntriesThatBelongNowhereAreSetApart() {
        Contact hotline = person("科普热线", null, "12345");

        ContactDirectory directory = directory(Map.of("hotline", hotline));

        assertThat(directory.unaffiliated()).containsExactly(hotline);
    }

    @Test
    void remembersTheNewestDocumentListingAnEntry() {
        Contact guo = person("郭兵", "新乡市科协组织人事部", "0373-5820419");
        org.gazette.content.Document older = notice("old", MAY.minusYears(1), List.of(XX_KX), List.of(guo));
        org.gazette.content.Document newer = notice("new", MAY, List.of(XX_KX), List.of(guo));

        assertThat(directory(Map.of(), older, newer).newestListing(guo)).isEqualTo(newer);
    }
}
