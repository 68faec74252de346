package org.gazette.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.gazette.content.Agency;
import org.gazette.content.Contact;

/**
 * Where the vCard (电子名片) of a contact or an agency is published, and the stable UID it carries.
 *
 * <p>Paths are ASCII and derived from the sources only, so they are the same on every build and safe
 * on every file system: an entry of {@code data/contacts.yaml} is {@code contacts/<id>.vcf}, an inline
 * entry {@code contacts/inline/<digest>.vcf} (the digest of everything it says, so two documents
 * listing the same person the same way share one card, and a changed phone number gives a new
 * card rather than silently changing the one an older page offers), an agency
 * {@code agencies/<id>.vcf}. Ids cannot contain {@code /}, so the forms cannot collide.
 */
public final class ContactCards {

    private ContactCards() {
    }

    /** The card of a contact person, e.g. {@code contacts/xinxiang-kx-guo-bing.vcf}. */
    public static String personPath(Contact contact) {
        Objects.requireNonNull(contact, "contact");
        if (contact.refId() != null) {
            return "contacts/" + contact.refId() + ".vcf";
        }
        return "contacts/inline/" + digest(contact) + ".vcf";
    }

    /** The card of an agency, e.g. {@code agencies/linyi-kx.vcf}. */
    public static String agencyPath(Agency agency) {
        return "agencies/" + Objects.requireNonNull(agency, "agency").id() + ".vcf";
    }

    /**
     * A UID that stays the same from build to build: a name-based UUID of the card's full address,
     * so an address book that imports the card again updates the entry instead of adding a second.
     */
    public static String uid(Urls urls, String cardPath) {
        byte[] name = urls.absolute(cardPath).getBytes(StandardCharsets.UTF_8);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
    }

    /** Whether an agency has anything to put on a card besides its name. */
    public static boolean hasCard(Agency agency) {
        return agency.phone() != null || agency.email() != null || agency.address() != null || agency.website() != null;
    }

    private static String digest(Contact c) {
        StringBuilder text = new StringBuilder();
        for (Object field : List.of(nz(c.name()), nz(c.org()), nz(c.role()), c.phones(), c.mobiles(), c.faxes(),
                nz(c.email()), nz(c.address()))) {
            text.append(field).append('\u0000');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
