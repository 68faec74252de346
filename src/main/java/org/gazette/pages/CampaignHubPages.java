package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Campaign;
import org.gazette.content.Document;
import org.gazette.site.ArchivePaths;
import org.gazette.site.CalendarPaths;
import org.gazette.site.CampaignSeries;
import org.gazette.site.Feeds;
import org.gazette.site.SiteIndex;

/**
 * The campaign series hubs (活动专题): the index of every series at {@code campaigns/} and one hub per
 * series at {@code campaigns/<key>/} (see {@link CampaignSeries} for the key), its editions newest
 * first, {@link #EDITIONS} a page, each edition with its feed (订阅) when it has one. A site without
 * campaigns has neither.
 */
public final class CampaignHubPages implements Output {

    /** The index's title, also its breadcrumb and link text elsewhere. */
    static final String TITLE = "活动专题";
    /** Editions a hub page shows, each with up to {@link CalendarPages#DOCUMENTS} documents. */
    static final int EDITIONS = 5;

    @Override
    public String name() {
        return "活动专题";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of("campaigns/index.html", "campaigns/page/*/index.html", "campaigns/*/index.html",
                "campaigns/*/page/*/index.html");
    }

    @Override
    public Inputs inputs() {
        return Inputs.wholeDocuments().showing(d -> !d.campaigns().isEmpty()).data("site.yaml", "agencies.yaml", "campaigns.yaml");
    }

    @Override
    public Rendering rendering() {
        return Rendering.templates(Map.of("campaigns", "campaigns.ftlh", "campaign-series", "campaign-series.ftlh"));
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return pages(context.site(), context.today());
    }

    /** The series index and hubs of a site on a build day. */
    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        List<CampaignSeries.Series> all = CampaignSeries.of(site).all();
        if (all.isEmpty()) {
            return List.of();
        }
        List<SeriesIndexPage.Entry> entries = new ArrayList<>();
        List<PlannedPage> pages = new ArrayList<>();
        for (CampaignSeries.Series series : all) {
            entries.add(entry(series, site));
            pages.addAll(hub(series, site));
        }
        List<List<SeriesIndexPage.Entry>> slices = Pagination.split(entries);
        for (int n = 1; n <= slices.size(); n++) {
            Pagination pagination = new Pagination(n, slices.size(), ArchivePaths.CAMPAIGNS);
            pages.add(new PlannedPage("campaigns", PlannedPage.indexFile(pagination.path()),
                    TopicPages.indexMeta(TITLE, n, pagination.path(), ArchivePaths.CAMPAIGNS,
                            "各项活动（科技活动周、全国科技工作者日等）历年各届的文件和活动日历。"),
                    new SeriesIndexPage(slices.get(n - 1), pagination), TITLE));
        }
        return pages;
    }

    private static SeriesIndexPage.Entry entry(CampaignSeries.Series series, SiteIndex site) {
        // By identity: one document is one object, and hashing whole records costs more than the count.
        Set<Document> documents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        series.editions().forEach(edition -> documents.addAll(site.byCampaign(edition.id())));
        List<Integer> years = series.editions().stream().map(Campaign::year).filter(Objects::nonNull).sorted().toList();
        return new SeriesIndexPage.Entry(series.name(), series.path(), series.editions().size(), documents.size(),
                years.isEmpty() ? null : years.get(0), years.isEmpty() ? null : years.get(years.size() - 1));
    }

    private static List<PlannedPage> hub(CampaignSeries.Series series, SiteIndex site) {
        List<SeriesHubPage.Edition> editions = new ArrayList<>();
        for (Campaign campaign : series.editions()) {
            List<Document> documents = site.byCampaign(campaign.id());
            Feeds.Channel feed = Feeds.of(site).campaignChannel(campaign.id());
            editions.add(new SeriesHubPage.Edition(campaign, "edition-" + campaign.id(),
                    documents.subList(0, Math.min(CalendarPages.DOCUMENTS, documents.size())), documents.size(),
                    documents.size() > CalendarPages.DOCUMENTS ? CalendarPaths.campaignDocuments(campaign.id()) : null,
                    CalendarPaths.campaign(campaign.id()), feed == null ? null : feed.link()));
        }
        List<List<SeriesHubPage.Edition>> slices = Pagination.split(editions, EDITIONS);
        String origin = "data/campaigns.yaml：" + series.name();
        List<PlannedPage> pages = new ArrayList<>();
        for (int n = 1; n <= slices.size(); n++) {
            Pagination pagination = new Pagination(n, slices.size(), series.path());
            List<Crumb> trail = new ArrayList<>(List.of(new Crumb("首页", ""), new Crumb(TITLE, ArchivePaths.CAMPAIGNS)));
            trail.add(new Crumb(series.name(), n == 1 ? null : series.path()));
            if (n > 1) {
                trail.add(new Crumb("第" + n + "页", null));
            }
            String description = n == 1 ? series.name() + "历年各届的活动时间、主题、相关文件和活动日历。" : null;
            PageMeta meta = new PageMeta(n == 1 ? series.name() : series.name() + "（第" + n + "页）", pagination.path(),
                    ArchivePaths.CAMPAIGNS, trail, description);
            pages.add(new PlannedPage("campaign-series", PlannedPage.indexFile(pagination.path()), meta,
                    new SeriesHubPage(series.name(), slices.get(n - 1), editions.size(), pagination), origin));
        }
        return pages;
    }
}
