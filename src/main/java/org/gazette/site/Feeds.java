package org.gazette.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.content.Agency;
import org.gazette.content.Campaign;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.content.SiteConfig;

/**
 * The site's feeds (订阅): one of the whole site, one per issuing agency and one per campaign edition
 * with published notices or plans, each holding its {@link #ENTRIES} newest with their full cleaned
 * text. The Atom writer ({@code pages.FeedPages}) and the JSON Feed writer ({@code outputs.JsonFeeds})
 * write the same channels, so the two formats never disagree; computed once per build.
 *
 * <p>An agency or campaign without a published notice or plan has no feed (and no 订阅 link): an
 * empty feed would only be a promise nothing keeps. Simple pages ({@code type: page}) are not news
 * and are in no feed.
 */
public final class Feeds {

    /**
     * Entries a feed holds. Feed readers poll and keep what they saw, so a feed need only reach back
     * as far as a reader that polls weekly could miss; with the full text, 30 notices are a few
     * hundred kilobytes. Older documents are in the lists, archives and sitemap.
     */
    public static final int ENTRIES = 30;

    /** The site feed, without extension: {@code feed.xml} and {@code feed.json}. */
    public static final String SITE = "feed";

    private final Channel site;
    private final Map<String, Channel> agencies;
    private final Map<String, Channel> campaigns;

    /**
     * How a page links to a feed.
     *
     * @param title what the feed holds, e.g. 某县科学技术局发布的文件
     * @param atom  the Atom file below the site root
     * @param json  the JSON Feed file below the site root
     */
    public record Link(String title, String atom, String json) {
    }

    /**
     * One feed, in both formats.
     *
     * @param link    its title and files
     * @param page    the HTML page the feed is the feed of (the home, agency or campaign calendar page)
     * @param entries its newest notices and plans, newest first
     * @param updated the day its newest entry last changed, so the feed changes only when content does
     */
    public record Channel(Link link, String page, List<FeedEntry> entries, LocalDate updated) {

        public Channel {
            entries = List.copyOf(entries);
        }
    }

    /** The feeds of a site, made once per build for both formats and the pages that link them. */
    public static Feeds of(SiteIndex site) {
        return site.derived(Feeds.class, Feeds::new);
    }

    private Feeds(SiteIndex index) {
        SiteConfig config = index.data().site();
        Urls urls = new Urls(config.baseUrl(), config.basePath());
        Map<Document, FeedEntry> entries = new LinkedHashMap<>();
        this.site = channel(new Link(config.title(), SITE + ".xml", SITE + ".json"), "", index.published(), index, urls, entries);
        Map<String, Channel> byAgency = new LinkedHashMap<>();
        for (Agency agency : index.data().agencies().values()) {
            List<Document> documents = news(index.byAgency(agency.id()));
            if (!documents.isEmpty()) {
                String base = agency(agency.id());
                byAgency.put(agency.id(), channel(new Link(agency.name() + "发布的文件", base + ".xml", base + ".json"),
                        AgencyPaths.page(agency.id()), documents, index, urls, entries));
            }
        }
        Map<String, Channel> byCampaign = new LinkedHashMap<>();
        for (Campaign campaign : index.data().campaigns().values()) {
            List<Document> documents = news(index.byCampaign(campaign.id()));
            if (!documents.isEmpty()) {
                String base = campaign(campaign.id());
                byCampaign.put(campaign.id(), channel(new Link(campaign.name() + "相关文件", base + ".xml", base + ".json"),
                        CalendarPaths.campaign(campaign.id()), documents, index, urls, entries));
            }
        }
        this.agencies = Collections.unmodifiableMap(byAgency);
        this.campaigns = Collections.unmodifiableMap(byCampaign);
    }

    /** An agency's feed files without extension, e.g. {@code feeds/agencies/linyi-kx}. */
    public static String agency(String agencyId) {
        return "feeds/agencies/" + agencyId;
    }

    /** Where the feed files of one format go, as catalogue globs: the site's, every agency's, every campaign's. */
    public static List<String> paths(String extension) {
        return List.of(SITE + extension, agency("*") + extension, campaign("*") + extension);
    }

    /** A campaign edition's feed files without extension, e.g. {@code feeds/campaigns/sci-week-2022}. */
    public static String campaign(String campaignId) {
        return "feeds/campaigns/" + campaignId;
    }

    /** The site's feed, whatever it holds (an empty site still has one, for readers to subscribe early). */
    public Channel site() {
        return site;
    }

    /** An agency's feed, or null when it has published no notice or plan. */
    public Channel agencyChannel(String agencyId) {
        return agencies.get(agencyId);
    }

    /** A campaign edition's feed, or null when it has no published notice or plan. */
    public Channel campaignChannel(String campaignId) {
        return campaigns.get(campaignId);
    }

    /** Every feed: the site's, then the agencies' and campaigns' in the order of their data files. */
    public List<Channel> channels() {
        List<Channel> all = new ArrayList<>();
        all.add(site);
        all.addAll(agencies.values());
        all.addAll(campaigns.values());
        return all;
    }

    /** Notices and plans only: simple pages are not news. */
    private static List<Document> news(List<Document> newestFirst) {
        return newestFirst.stream().filter(d -> d.type() != DocumentType.PAGE).toList();
    }

    private static Channel channel(Link link, String page, List<Document> documents, SiteIndex index, Urls urls,
                                   Map<Document, FeedEntry> made) {
        List<FeedEntry> entries = new ArrayList<>();
        LocalDate updated = null;
        for (Document document : news(documents)) {
            if (entries.size() == ENTRIES) {
                break;
            }
            // A document is in the site's feed and in each of its agencies' and campaigns': its text is prepared once.
            FeedEntry entry = made.computeIfAbsent(document, d -> FeedEntry.of(d, index.body(d), urls));
            entries.add(entry);
            updated = updated == null || entry.updated().isAfter(updated) ? entry.updated() : updated;
        }
        // An empty feed is dated at the epoch of feeds rather than the build day, so it never changes by itself.
        return new Channel(link, page, entries, updated != null ? updated : LocalDate.of(2000, 1, 1));
    }
}
