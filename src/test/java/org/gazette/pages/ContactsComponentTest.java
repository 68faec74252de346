package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gazette.components.ComponentHarness;
import org.gazette.content.Contact;
import org.gazette.site.ContactCards;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contacts component (联系方式) rendered from fixtures the way document pages render it. */
class ContactsComponentTest {

    @TempDir
    static Path scratch;
    static ComponentHarness harness;

    static final Contact WANG = new Contact(null, "王晶晶", "沙坡头区科学技术局（科协）", "科普股股长",
            List.of("0955-8812005"), List.of("15121892999"), List.of("0955-8812012"), "sptqkxjsj@163.com",
            "中卫市沙坡头区社会事业综合楼4楼403室");
    static final Contact ZHANG = new Contact(null, "张晓鸽", "临猗县工科局科技股", null, List.of("0359—2333259"),
            List.of(), List.of(), null, null);
    static final Contact GUO_BY_REF = new Contact("xinxiang-kx-guo-bing", "郭兵", "新乡市科协组织人事部", null,
            List.of("0373-5820419"), List.of(), List.of(), "xxkxzzrsb@163.com", null);

    @BeforeAll
    static void setUp() {
        harness = new ComponentHarness(scratch, LocalDate.of(2026, 6, 10));
    }

    private static Element render(Contact... contacts) {
        List<ContactView> views = java.util.Arrays.stream(contacts)
                .map(c -> ContactView.of(c, ContactCards.personPath(c))).toList();
        return harness.render("contacts", "contacts", Map.of("groups", ContactView.group(views)));
    }

    @Test
    void groupsPeopleUnderTheirOrganisation() {
        Element html = render(WANG, ZHANG, WANG);

        assertThat(html.select(".contact-group h3.contact-org").eachText())
                .containsExactly("沙坡头区科学技术局（科协）", "临猗县工科局科技股");
        assertThat(html.select(".contact-group").first().select("li.contact")).hasSize(2);
    }

    @Test
    void showsNameAndRole() {
        Element contact = render(WANG).selectFirst("li.contact");

        assertThat(contact.selectFirst(".contact-name").text()).isEqualTo("王晶晶（科普股股长）");
    }

    @Test
    void linksPhoneAndMobileForDiallingAndShowsThemAsWritten() {
        Element contact = render(WANG).selectFirst("li.contact");

        assertThat(contact.select("a[href^=tel:]").eachAttr("href"))
                .containsExactly("tel:+86-955-8812005", "tel:+86-15121892999");
        assertThat(contact.select("a[href^=tel:]").eachText()).containsExactly("0955-8812005", "15121892999");
    }

    @Test
    void dialsANumberWrittenWithALongDashAndShowsTheDash() {
        Element link = render(ZHANG).selectFirst("a[href^=tel:]");

        assertThat(link.attr("href")).isEqualTo("tel:+86-359-2333259");
        assertThat(link.text()).isEqualTo("0359—2333259");
    }

    @Test
    void showsFaxWithoutALink() {
        Element contact = render(WANG).selectFirst("li.contact");
        Element faxLabel = contact.select("dt").stream().filter(dt -> dt.text().equals("传真")).findFirst().orElseThrow();

        assertThat(faxLabel.nextElementSibling().text()).isEqualTo("0955-8812012");
        assertThat(faxLabel.nextElementSibling().select("a")).isEmpty();
    }

    @Test
    void linksEmailAndShowsAddress() {
        Element contact = render(WANG).selectFirst("li.contact");

        assertThat(contact.selectFirst("a[href^=mailto:]").attr("href")).isEqualTo("mailto:sptqkxjsj@163.com");
        assertThat(contact.select("dd").eachText()).contains("中卫市沙坡头区社会事业综合楼4楼403室");
    }

    @Test
    void offersTheVCardNamedAfterThePerson() {
        Element link = render(GUO_BY_REF).selectFirst(".contact-vcard a");

        assertThat(link.attr("href")).isEqualTo("/contacts/xinxiang-kx-guo-bing.vcf");
        assertThat(link.attr("download")).isEqualTo("郭兵.vcf");
        assertThat(link.text()).isEqualTo("保存到通讯录：郭兵");
    }

    @Test
    void anEntryByRefLooksLikeTheSameEntryWrittenInline() {
        Contact inline = new Contact(null, GUO_BY_REF.name(), GUO_BY_REF.org(), null, GUO_BY_REF.phones(),
                List.of(), List.of(), GUO_BY_REF.email(), null);

        String byRef = render(GUO_BY_REF).select(".contact-group").outerHtml().replaceAll("href=\"/contacts/[^\"]+\"", "");
        String written = render(inline).select(".contact-group").outerHtml().replaceAll("href=\"/contacts/[^\"]+\"", "");

        assertThat(byRef).isEqualTo(written);
    }

    @Test
    void putsPeopleWithoutOrganisationUnderAPlainHeading() {
        Contact alone = new Contact(null, "徐敏", null, null, List.of(), List.of("13835918510"), List.of(), null, null);

        assertThat(render(alone).selectFirst("h3.contact-org").text()).isEqualTo("联系人");
    }
}
