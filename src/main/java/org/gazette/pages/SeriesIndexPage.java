package org.gazette.pages;

import java.util.List;

/**
 * One page of the campaign series index (活动专题), the series with the newest edition first.
 *
 * @param series     the series on this page
 * @param pagination where this page sits in the index
 */
public record SeriesIndexPage(List<Entry> series, Pagination pagination) {

    public SeriesIndexPage {
        series = List.copyOf(series);
    }

    /**
     * One series.
     *
     * @param name      its name
     * @param path      its hub page
     * @param editions  how many editions it has
     * @param documents how many published documents its editions have (a document of two editions counts once)
     * @param firstYear the year of its first edition, or null when no edition has one
     * @param lastYear  the year of its newest edition, or null
     */
    public record Entry(String name, String path, int editions, int documents, Integer firstYear, Integer lastYear) {
    }
}
