package org.gazette.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Telephone;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gazette.content.Agency;
import org.gazette.content.Contact;
import org.junit.jupiter.api.Test;

/** The vCards written for contacts and agencies, read back with ez-vcard. */
class VCardsTest {

    static final Contact WANG = new Contact(null, "王晶晶", "沙坡头区科学技术局（科协）", "科普股股长",
            List.of("0955-8812005"), List.of("15121892999"), List.of("0955-8812012"), "sptqkxjsj@163.com",
            "中卫市沙坡头区社会事业综合楼4楼403室");
    static final Agency SHAPOTOU = new Agency("shapotou-kjj", "沙坡头区科学技术局（科协）", "沙坡头区科技局（科协）",
            "宁夏回族自治区中卫市沙坡头区", "中卫市沙坡头区社会事业综合楼4楼403室", "0955-8812005", "sptqkxjsj@163.com", null);
    static final String UID = "urn:uuid:6d9b8ece-7ab6-3d00-b727-66682cc9fc5e";

    private static VCard readBack(byte[] bytes) {
        VCard card = Ezvcard.parse(new String(bytes, StandardCharsets.UTF_8)).first();
        assertThat(card).isNotNull();
        return card;
    }

    private static byte[] person() {
        return VCards.write(VCards.person(WANG, UID, "https://example.gov.cn/agencies/shapotou-kjj/"));
    }

    @Test
    void isVersionFourInUtf8WithCrlfLines() {
        String text = new String(person(), StandardCharsets.UTF_8);

        assertThat(readBack(person()).getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(text).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").contains("FN:王晶晶\r\n");
    }

    @Test
    void carriesNameOrganisationAndRole() {
        VCard card = readBack(person());

        assertThat(card.getFormattedName().getValue()).isEqualTo("王晶晶");
        assertThat(card.getStructuredName().getFamily()).isEqualTo("王");
        assertThat(card.getStructuredName().getGiven()).isEqualTo("晶晶");
        assertThat(card.getOrganization().getValues()).containsExactly("沙坡头区科学技术局（科协）");
        assertThat(card.getTitles().get(0).getValue()).isEqualTo("科普股股长");
    }

    @Test
    void typesEachNumberAsWorkCellOrFax() {
        List<Telephone> numbers = readBack(person()).getTelephoneNumbers();

        assertThat(numbers).hasSize(3);
        assertThat(numbers.get(0).getUri().toString()).isEqualTo("tel:+86-955-8812005");
        assertThat(numbers.get(0).getTypes()).contains(TelephoneType.WORK, TelephoneType.VOICE);
        assertThat(numbers.get(1).getUri().toString()).isEqualTo("tel:+86-15121892999");
        assertThat(numbers.get(1).getTypes()).contains(TelephoneType.CELL);
        assertThat(numbers.get(2).getUri().toString()).isEqualTo("tel:+86-955-8812012");
        assertThat(numbers.get(2).getTypes()).contains(TelephoneType.FAX);
    }

    @Test
    void carriesEmailAddressPageAndUid() {
        VCard card = readBack(person());

        assertThat(card.getEmails().get(0).getValue()).isEqualTo("sptqkxjsj@163.com");
        assertThat(card.getAddresses().get(0).getStreetAddress()).isEqualTo("中卫市沙坡头区社会事业综合楼4楼403室");
        assertThat(card.getUrls().get(0).getValue()).isEqualTo("https://example.gov.cn/agencies/shapotou-kjj/");
        assertThat(card.getUid().getValue()).isEqualTo(UID);
    }

    @Test
    void takesNothingFromTheClock() throws InterruptedException {
        byte[] first = person();
        Thread.sleep(1100);

        assertThat(person()).isEqualTo(first);
        assertThat(readBack(first).getRevision()).isNull();
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("REV:").doesNotContain("PRODID");
    }

    @Test
    void describesAnAgencyAsAnOrganisation() {
        VCard card = readBack(VCards.write(VCards.agency(SHAPOTOU, UID, "https://example.gov.cn/agencies/shapotou-kjj/")));

        assertThat(card.getKind().isOrg()).isTrue();
        assertThat(card.getFormattedName().getValue()).isEqualTo("沙坡头区科学技术局（科协）");
        assertThat(card.getOrganization().getValues()).containsExactly("沙坡头区科学技术局（科协）");
        assertThat(card.getTelephoneNumbers().get(0).getUri().toString()).isEqualTo("tel:+86-955-8812005");
        assertThat(card.getAddresses().get(0).getRegion()).isEqualTo("宁夏回族自治区中卫市沙坡头区");
        assertThat(card.getUrls().get(0).getValue()).isEqualTo("https://example.gov.cn/agencies/shapotou-kjj/");
    }

    @Test
    void prefersTheAgencysOwnWebsite() {
        Agency withSite = new Agency("a", "某县科学技术局", null, null, null, null, null, "https://kjj.example.gov.cn/");

        VCard card = readBack(VCards.write(VCards.agency(withSite, UID, "https://example.gov.cn/agencies/a/")));

        assertThat(card.getUrls().get(0).getValue()).isEqualTo("https://kjj.example.gov.cn/");
    }

    @Test
    void filesACompoundSurnameWhole() {
        assertThat(VCards.chineseName("欧阳晓明").getFamily()).isEqualTo("欧阳");
        assertThat(VCards.chineseName("欧阳").getFamily()).isEqualTo("欧");
    }

    @Test
    void leavesTheStructuredNameOutForAnOfficeName() {
        assertThat(VCards.chineseName("科技股办公室")).isNull();
        assertThat(VCards.chineseName("郭兵 刘柯")).isNull();
    }

    @Test
    void keepsAServiceNumberLocal() {
        Contact hotline = new Contact(null, "热线", null, null, List.of("12345"), List.of(), List.of(), null, null);

        VCard card = readBack(VCards.write(VCards.person(hotline, UID, null)));

        assertThat(card.getTelephoneNumbers().get(0).getUri().toString()).isEqualTo("tel:12345;phone-context=+86");
        assertThat(card.getUrls()).isEmpty();
    }
}
