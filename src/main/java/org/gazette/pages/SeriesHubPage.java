package org.gazette.pages;

import java.util.List;
import org.gazette.content.Campaign;
import org.gazette.content.Document;
import org.gazette.site.Feeds;

/**
 * One page of a campaign series hub (全国科普日 across all years): its editions, newest first, each
 * with its facts, its newest documents, a link to its activity calendar and its feed when it has one.
 * The hub announces no feed of its own in {@code <head>}: each edition's feed is that edition's, and a
 * reader subscribing to the series would otherwise be given one year's.
 *
 * @param name       the series' name
 * @param editions   the editions on this page
 * @param total      how many editions the series has
 * @param pagination where this page sits in the hub
 */
public record SeriesHubPage(String name, List<Edition> editions, int total, Pagination pagination) {

    public SeriesHubPage {
        editions = List.copyOf(editions);
    }

    /**
     * One edition.
     *
     * @param campaign      the edition as {@code data/campaigns.yaml} declares it
     * @param anchor        the id of its heading on the page
     * @param documents     its newest published documents, at most {@link CalendarPages#DOCUMENTS}
     * @param documentCount all its published documents
     * @param documentsPath the list of all its documents when there are more than shown, else null
     * @param calendarPath  its activity calendar page
     * @param feed          its feed (订阅), or null when it has no published notice or plan
     */
    public record Edition(Campaign campaign, String anchor, List<Document> documents, int documentCount,
                          String documentsPath, String calendarPath, Feeds.Link feed) {

        public Edition {
            documents = List.copyOf(documents);
        }
    }
}
