package org.gazette.pages;

import java.util.List;
import org.gazette.content.Agency;
import org.gazette.site.AgencyPaths;

/**
 * An issuing agency as the 联系我们 directory and its own page show it.
 *
 * @param agency    the agency
 * @param phone     its phone as written and as dialled, or null
 * @param contacts  its newest contact people grouped by organisation (see {@link org.gazette.site.ContactDirectory}):
 *                  at most as many as the page showing them has room for
 * @param contactCount how many contact people it has in all
 * @param vcard     the path of its vCard below the site root, or null when it has nothing to put on one
 * @param calendar  the path of its activity calendar, or null when it has no activities
 * @param documents how many published documents it issued
 */
public record AgencyView(Agency agency, ContactView.Phone phone, List<ContactView.Group> contacts, int contactCount, String vcard,
                         String calendar, int documents) {

    public AgencyView {
        contacts = List.copyOf(contacts);
    }

    /** The agency's page below the site root, e.g. {@code agencies/linyi-kx/}. */
    public String path() {
        return AgencyPaths.page(agency.id());
    }

    /** How many contact people {@link #contacts()} shows. */
    public int shownContacts() {
        return contacts.stream().mapToInt(group -> group.contacts().size()).sum();
    }

    /** Whether there is any way to reach the agency itself (not counting its contact people). */
    public boolean hasDetails() {
        return agency.address() != null || agency.phone() != null || agency.email() != null || agency.website() != null;
    }
}
