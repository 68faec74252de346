package org.gazette.pages;

import java.util.List;
import org.gazette.content.Document;
import org.gazette.site.Feeds;

/**
 * One page of an agency's own pages: the first shows its details and contact people, every page
 * one slice of the documents it issued, newest first.
 *
 * @param agency     the agency
 * @param documents  the documents of this page
 * @param pagination where this page sits in the agency's document list
 * @param feed       the agency's feed, or null when it has published no notice or plan
 */
public record AgencyPage(AgencyView agency, List<Document> documents, Pagination pagination, Feeds.Link feed) {

    public AgencyPage {
        documents = List.copyOf(documents);
    }

    /** Details and contacts are shown on the first page only; later pages are the list. */
    public boolean isFirst() {
        return pagination.current() == 1;
    }
}
