package org.gazette.content;

import java.util.List;

/**
 * A contact person or office (联系方式), written inline in a document or kept in
 * {@code data/contacts.yaml} and referred to by id.
 *
 * @param refId   the id in {@code data/contacts.yaml} when the entry came from there, else null
 * @param phones  office phone numbers, as written
 * @param mobiles mobile numbers, as written
 * @param faxes   fax numbers, as written
 */
public record Contact(String refId, String name, String org, String role, List<String> phones,
                      List<String> mobiles, List<String> faxes, String email, String address) {

    public Contact {
        phones = List.copyOf(phones);
        mobiles = List.copyOf(mobiles);
        faxes = List.copyOf(faxes);
    }
}
