package org.gazette.site;

import java.util.Objects;

/**
 * Where an agency's pages are: its page at {@code agencies/<id>/} (the metadata table of every
 * document links there) and its calendar at {@code calendar/agencies/<id>/}.
 */
public final class AgencyPaths {

    private AgencyPaths() {
    }

    /** The agency's page, e.g. {@code agencies/linyi-kx/}. */
    public static String page(String agencyId) {
        return "agencies/" + Objects.requireNonNull(agencyId, "agencyId") + "/";
    }

    /** The agency's activity calendar, e.g. {@code calendar/agencies/linyi-kx/}. */
    public static String calendar(String agencyId) {
        return "calendar/" + page(agencyId);
    }
}
