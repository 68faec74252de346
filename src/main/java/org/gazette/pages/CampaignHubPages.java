package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gazette.catalogue.DocumentChange;
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

    /**
     * Plans again the hubs of the series a change reaches (an edition of the changed document, before
     * or after the change) and the index, whose counts they may change; the other hubs, and their entries
     * in the index, are the last plan's, the very objects, as is each index page showing what it showed.
     */
    @Override
    public List<? extends Product> replan(SiteContext context, List<? extends Product> last, List<DocumentChange> changes) {
        Set<String> campaigns = new HashSet<>();
        for (DocumentChange change : changes) {
            if (inputs().reaches(change)) {
                for (Document document : Arrays.asList(change.before(), change.after())) {
                    if (document != null) {
                        document.campaigns().forEach(campaign -> campaigns.add(campaign.id()));
                    }
                }
            }
        }
        return pages(context.site(), Pagination.byList(last), campaigns);
    }

    /** The series index and hubs of a site on a build day. */
    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        List<PlannedPage> pages = new ArrayList<>();
        for (Product page : pages(site, Map.of(), Set.of())) {
            pages.add((PlannedPage) page);
        }
        return pages;
    }

    /**
     * Each hub, then the index.
     *
     * @param before    the last plan's pages by hub (and the index by its path), empty in a full build
     * @param campaigns the editions a change reaches: their series are planned again
     */
    private static List<Product> pages(SiteIndex site, Map<String, ? extends List<? extends Product>> before, Set<String> campaigns) {
        List<CampaignSeries.Series> all = CampaignSeries.of(site).all();
        if (all.isEmpty()) {
            return List.of();
        }
        List<? extends Product> lastIndex = before.containsKey(ArchivePaths.CAMPAIGNS) ? before.get(ArchivePaths.CAMPAIGNS) : List.of();
        Map<String, SeriesIndexPage.Entry> lastEntries = new HashMap<>();
        for (Product product : lastIndex) {
            if (product instanceof PlannedPage page && page.model() instanceof SeriesIndexPage index) {
                index.series().forEach(entry -> lastEntries.put(entry.path(), entry));
            }
        }
        List<SeriesIndexPage.Entry> entries = new ArrayList<>();
        List<Product> pages = new ArrayList<>();
        for (CampaignSeries.Series series : all) {
            List<? extends Product> lastHub = before.get(series.path());
            SeriesIndexPage.Entry lastEntry = lastEntries.get(series.path());
            boolean reached = series.editions().stream().anyMatch(edition -> campaigns.contains(edition.id()));
            if (!reached && lastHub != null && lastEntry != null) {
                entries.add(lastEntry);
                pages.addAll(lastHub);
            } else {
                entries.add(entry(series, site));
                pages.addAll(keepingEqual(hub(series, site), lastHub == null ? List.of() : lastHub));
            }
        }
        List<List<SeriesIndexPage.Entry>> slices = Pagination.split(entries);
        List<PlannedPage> index = new ArrayList<>();
        for (int n = 1; n <= slices.size(); n++) {
            Pagination pagination = new Pagination(n, slices.size(), ArchivePaths.CAMPAIGNS);
            PlannedPage page = new PlannedPage("campaigns", PlannedPage.indexFile(pagination.path()),
                    TopicPages.indexMeta(TITLE, n, pagination.path(), ArchivePaths.CAMPAIGNS,
                            "各项活动（科技活动周、全国科技工作者日等）历年各届的文件和活动日历。"),
                    new SeriesIndexPage(slices.get(n - 1), pagination), TITLE);
            index.add(page);
        }
        pages.addAll(keepingEqual(index, lastIndex));
        return pages;
    }

    /** The pages made, each equal to the last plan's at its place being that one: the builder then need not compare it. */
    private static List<Product> keepingEqual(List<PlannedPage> made, List<? extends Product> last) {
        List<Product> pages = new ArrayList<>(made.size());
        for (int i = 0; i < made.size(); i++) {
            PlannedPage page = made.get(i);
            pages.add(i < last.size() && page.equals(last.get(i)) ? last.get(i) : page);
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
