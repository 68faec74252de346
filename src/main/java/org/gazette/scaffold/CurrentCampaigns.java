package org.gazette.scaffold;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.gazette.content.Campaign;

/**
 * The campaign editions worth suggesting in a new document: those of this year and next year, by
 * their {@code year} (or the year they start); when there are none, the three newest, so a site
 * whose {@code data/campaigns.yaml} lags behind still offers something to choose from.
 */
final class CurrentCampaigns {

    static final int NEWEST = 3;

    private CurrentCampaigns() {
    }

    static List<Campaign> of(List<Campaign> all, LocalDate today) {
        List<Campaign> current = all.stream()
                .filter(c -> year(c) != null && (year(c) == today.getYear() || year(c) == today.getYear() + 1))
                .sorted(NEWEST_FIRST).toList();
        return current.isEmpty() ? all.stream().sorted(NEWEST_FIRST).limit(NEWEST).toList() : current;
    }

    private static final Comparator<Campaign> NEWEST_FIRST = Comparator
            .comparing((Campaign c) -> year(c) == null ? Integer.MIN_VALUE : year(c)).reversed()
            .thenComparing(c -> c.start() == null ? LocalDate.MIN : c.start(), Comparator.reverseOrder())
            .thenComparing(Campaign::id);

    private static Integer year(Campaign campaign) {
        if (campaign.year() != null) {
            return campaign.year();
        }
        return campaign.start() == null ? null : campaign.start().getYear();
    }
}
