package org.gazette.outputs;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Kind;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import ezvcard.util.TelUri;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.gazette.content.Agency;
import org.gazette.content.Contact;
import org.gazette.content.PhoneNumber;

/**
 * The vCard (RFC 6350, version 4.0, UTF-8) of a contact person or an agency, as a phone's address
 * book imports it: name, organisation, role as TITLE, numbers as {@code tel:} URIs typed work, cell
 * or fax, e-mail, address, a web page and a UID. Nothing in it comes from the clock, so the same
 * sources give the same bytes.
 */
public final class VCards {

    /** Two-character surnames, so 欧阳修 is filed under 欧阳 and not 欧. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "澹台", "端木", "轩辕", "独孤", "南宫", "西门", "呼延", "钟离");

    private VCards() {
    }

    /**
     * The card of a person.
     *
     * @param uid  the card's stable UID
     * @param page the full address of the page that lists the person, or null
     */
    public static VCard person(Contact contact, String uid, String page) {
        VCard card = new VCard(VCardVersion.V4_0);
        card.setKind(Kind.individual());
        card.setFormattedName(contact.name());
        StructuredName name = chineseName(contact.name());
        if (name != null) {
            card.setStructuredName(name);
        }
        if (contact.org() != null) {
            card.setOrganization(contact.org());
        }
        if (contact.role() != null) {
            card.addTitle(contact.role());
        }
        for (String number : contact.phones()) {
            card.addTelephoneNumber(telephone(number, TelephoneType.WORK, TelephoneType.VOICE));
        }
        for (String number : contact.mobiles()) {
            card.addTelephoneNumber(telephone(number, TelephoneType.CELL, TelephoneType.VOICE));
        }
        for (String number : contact.faxes()) {
            card.addTelephoneNumber(telephone(number, TelephoneType.WORK, TelephoneType.FAX));
        }
        if (contact.email() != null) {
            card.addEmail(contact.email(), EmailType.WORK);
        }
        if (contact.address() != null) {
            card.addAddress(address(contact.address(), null));
        }
        finish(card, uid, page);
        return card;
    }

    /**
     * The card of an agency (KIND:org).
     *
     * @param page the full address of the agency's page on this site, used when it has no website
     */
    public static VCard agency(Agency agency, String uid, String page) {
        VCard card = new VCard(VCardVersion.V4_0);
        card.setKind(Kind.org());
        card.setFormattedName(agency.name());
        card.setOrganization(agency.name());
        if (agency.phone() != null) {
            card.addTelephoneNumber(telephone(agency.phone(), TelephoneType.WORK, TelephoneType.VOICE));
        }
        if (agency.email() != null) {
            card.addEmail(agency.email(), EmailType.WORK);
        }
        if (agency.address() != null) {
            card.addAddress(address(agency.address(), agency.region()));
        }
        finish(card, uid, agency.website() != null ? agency.website() : page);
        return card;
    }

    /** The card as text: CRLF line endings, lines folded as RFC 6350 asks, no PRODID, no REV. */
    public static byte[] write(VCard card) {
        return Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).go().getBytes(StandardCharsets.UTF_8);
    }

    private static void finish(VCard card, String uid, String page) {
        if (page != null) {
            card.addUrl(page);
        }
        card.setUid(new Uid(uid));
    }

    /** A number as a {@code tel:} URI; one that cannot be read (already reported) stays as written text. */
    private static Telephone telephone(String written, TelephoneType... types) {
        PhoneNumber.Result parsed = PhoneNumber.parse(written);
        Telephone telephone = parsed.ok() ? new Telephone(TelUri.parse("tel:" + parsed.number().dial()))
                : new Telephone(written);
        for (TelephoneType type : types) {
            telephone.getTypes().add(type);
        }
        return telephone;
    }

    private static Address address(String text, String region) {
        Address address = new Address();
        address.setStreetAddress(text);
        if (region != null) {
            address.setRegion(region);
        }
        address.getTypes().add(AddressType.WORK);
        return address;
    }

    /** Family and given name of a Chinese personal name of two to four characters; null for anything else. */
    static StructuredName chineseName(String name) {
        if (name == null || !name.matches("\\p{IsHan}{2,4}")) {
            return null;
        }
        int split = name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
        StructuredName structured = new StructuredName();
        structured.setFamily(name.substring(0, split));
        structured.setGiven(name.substring(split));
        return structured;
    }
}
