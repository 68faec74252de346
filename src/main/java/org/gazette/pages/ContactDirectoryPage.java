package org.gazette.pages;

import java.util.List;

/**
 * The 联系我们 page: every issuing agency with its details and contact people.
 *
 * @param agencies the agencies in the order of {@code data/agencies.yaml}
 * @param others   contacts of {@code data/contacts.yaml} that belong to no agency, grouped by organisation
 */
public record ContactDirectoryPage(List<AgencyView> agencies, List<ContactView.Group> others) {

    public ContactDirectoryPage {
        agencies = List.copyOf(agencies);
        others = List.copyOf(others);
    }
}
