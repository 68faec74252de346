package org.gazette.pages;

import java.util.ArrayList;
import java.util.List;
import org.gazette.content.DocumentType;
import org.gazette.site.ArchivePaths;
import org.gazette.site.CampaignSeries;
import org.gazette.site.SiteIndex;
import org.gazette.site.TopicIndex;
import org.gazette.site.YearArchive;

/**
 * The other ways into a list of notices or plans, shown beside it: its years, and the topic and
 * campaign series indexes when the site has them.
 *
 * @param years     each year of the list with published documents, newest first
 * @param elsewhere the topic index and the campaign series index, each only when it exists
 */
public record ArchiveLinks(List<Year> years, List<Crumb> elsewhere) {

    public ArchiveLinks {
        years = List.copyOf(years);
        elsewhere = List.copyOf(elsewhere);
    }

    /**
     * The links beside a list of notices or plans.
     *
     * @param current the year whose list shows them, or null for the whole list
     */
    static ArchiveLinks of(SiteIndex site, DocumentType type, Integer current) {
        List<Year> years = new ArrayList<>();
        for (YearArchive.Year year : YearArchive.of(site).of(type)) {
            years.add(new Year(year.year(), year.documents().size(), ArchivePaths.year(type, year.year()),
                    current != null && current == year.year()));
        }
        return new ArchiveLinks(years, indexes(site));
    }

    /**
     * The topic index (主题分类) and the campaign series index (活动专题), each only when the site has
     * it: for any page that offers ways into the archive (the lists, a search page without script).
     */
    public static List<Crumb> indexes(SiteIndex site) {
        List<Crumb> indexes = new ArrayList<>();
        if (TopicIndex.of(site).hasDocuments()) {
            indexes.add(new Crumb(TopicPages.TITLE, ArchivePaths.TOPICS));
        }
        if (!CampaignSeries.of(site).all().isEmpty()) {
            indexes.add(new Crumb(CampaignHubPages.TITLE, ArchivePaths.CAMPAIGNS));
        }
        return List.copyOf(indexes);
    }

    /**
     * One year of the list.
     *
     * @param year    the year
     * @param count   its published documents
     * @param path    its list page
     * @param current whether the page showing the links is this year's
     */
    public record Year(int year, int count, String path, boolean current) {
    }
}
