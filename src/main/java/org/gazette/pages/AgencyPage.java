package org.gazette.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gazette.content.Document;
import org.gazette.site.Feeds;

/**
 * One page of an agency's own pages: the first shows its details and contact people, every page
 * one slice of the documents it issued, newest first, under the headings of their years.
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

    /**
     * The documents of this page under their years, newest first.
     *
     * @param year      the year of publication, or null for simple pages without a date
     * @param documents the documents of that year on this page
     */
    public record YearGroup(Integer year, List<Document> documents) {

        public YearGroup {
            documents = List.copyOf(documents);
        }
    }

    /** This page's documents in runs of one year, in list order (a year may continue from the page before). */
    public List<YearGroup> byYear() {
        List<YearGroup> groups = new ArrayList<>();
        List<Document> run = new ArrayList<>();
        Integer year = null;
        for (Document document : documents) {
            Integer own = document.date() == null ? null : document.date().getYear();
            if (!run.isEmpty() && !Objects.equals(own, year)) {
                groups.add(new YearGroup(year, run));
                run = new ArrayList<>();
            }
            year = own;
            run.add(document);
        }
        if (!run.isEmpty()) {
            groups.add(new YearGroup(year, run));
        }
        return groups;
    }

    /** Details and contacts are shown on the first page only; later pages are the list. */
    public boolean isFirst() {
        return pagination.current() == 1;
    }
}
