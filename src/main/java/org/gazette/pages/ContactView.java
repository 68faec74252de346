package org.gazette.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.content.Contact;
import org.gazette.content.PhoneNumber;

/**
 * A contact ready to show: numbers paired with the {@code tel:} address that dials them. Entries
 * from {@code data/contacts.yaml} and inline entries become the same view, so they look the same.
 *
 * @param phones  office numbers, as written and as dialled
 * @param mobiles mobile numbers
 * @param faxes   fax numbers (shown, never linked: a phone cannot dial a fax)
 * @param vcard   the path of the contact's vCard below the site root, or null
 */
public record ContactView(Contact contact, List<Phone> phones, List<Phone> mobiles, List<String> faxes, String vcard) {

    /** A number as written and its {@code tel:} value (null when it cannot be dialled; already reported). */
    public record Phone(String written, String dial) {

        public static Phone of(String written) {
            PhoneNumber.Result parsed = PhoneNumber.parse(written);
            return new Phone(written, parsed.ok() ? parsed.number().dial() : null);
        }
    }

    /** Contacts of one organisation. */
    public record Group(String org, List<ContactView> contacts) {
    }

    public static ContactView of(Contact contact, String vcard) {
        return new ContactView(contact, phones(contact.phones()), phones(contact.mobiles()), contact.faxes(), vcard);
    }

    private static List<Phone> phones(List<String> numbers) {
        List<Phone> phones = new ArrayList<>();
        for (String number : numbers) {
            phones.add(Phone.of(number));
        }
        return phones;
    }

    /** Groups contacts by organisation in order of first appearance; contacts without one go under 联系人. */
    public static List<Group> group(List<ContactView> contacts) {
        Map<String, List<ContactView>> groups = new LinkedHashMap<>();
        for (ContactView view : contacts) {
            String org = view.contact().org() == null ? "联系人" : view.contact().org();
            groups.computeIfAbsent(org, o -> new ArrayList<>()).add(view);
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((org, list) -> result.add(new Group(org, List.copyOf(list))));
        return result;
    }
}
