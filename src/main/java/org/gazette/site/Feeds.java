package org.gazette.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
     * The entries these feeds hold, by document (the very object) with the body each was made from:
     * so the next build's feeds can tell which they may keep. Only held entries are here, so it is
     * bounded by the number of feeds, not the archive.
     */
    private final Map<Document, Made> made = new IdentityHashMap<>();

    /** An entry and the body it was made from. */
    private record Made(String body, FeedEntry entry) {
    }

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

    /**
     * The feeds of an index. After an edit ({@link SiteIndex#updated}) the last build's feeds lend
     * their work: an unchanged document (the same object, the same body) keeps its entry, and a
     * channel whose entries are all the very ones it held is the last channel itself, so comparing
     * it with the last plan costs nothing and only the feeds a change reached are written again.
     */
    private Feeds(SiteIndex index) {
        SiteConfig config = index.data().site();
        Urls urls = new Urls(config.baseUrl(), config.basePath());
        Feeds last = index.last(Feeds.class);
        this.site = channel(new Link(config.title(), SITE + ".xml", SITE + ".json"), "", index.published(), index, urls,
                last == null ? null : last.site);
        Map<String, Channel> byAgency = new LinkedHashMap<>();
        for (Agency agency : index.data().agencies().values()) {
            List<Document> documents = index.byAgency(agency.id());
            if (hasNews(documents)) {
                String base = agency(agency.id());
                byAgency.put(agency.id(), channel(new Link(agency.name() + "发布的文件", base + ".xml", base + ".json"),
                        AgencyPaths.page(agency.id()), documents, index, urls,
                        last == null ? null : last.agencies.get(agency.id())));
            }
        }
        Map<String, Channel> byCampaign = new LinkedHashMap<>();
        for (Campaign campaign : index.data().campaigns().values()) {
            List<Document> documents = index.byCampaign(campaign.id());
            if (hasNews(documents)) {
                String base = campaign(campaign.id());
                byCampaign.put(campaign.id(), channel(new Link(campaign.name() + "相关文件", base + ".xml", base + ".json"),
                        CalendarPaths.campaign(campaign.id()), documents, index, urls,
                        last == null ? null : last.campaigns.get(campaign.id())));
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

    /** True when a list holds a notice or plan: simple pages are not news. */
    private static boolean hasNews(List<Document> documents) {
        for (Document document : documents) {
            if (document.type() != DocumentType.PAGE) {
                return true;
            }
        }
        return false;
    }

    private Channel channel(Link link, String page, List<Document> documents, SiteIndex index, Urls urls, Channel before) {
        List<FeedEntry> entries = new ArrayList<>();
        LocalDate updated = null;
        for (Document document : documents) {
            if (entries.size() == ENTRIES) {
                break;
            }
            if (document.type() == DocumentType.PAGE) {
                continue;
            }
            FeedEntry entry = entry(document, index, urls);
            entries.add(entry);
            updated = updated == null || entry.updated().isAfter(updated) ? entry.updated() : updated;
        }
        if (before != null && before.link().equals(link) && before.page().equals(page) && sameEntries(before.entries(), entries)) {
            return before;
        }
        // An empty feed is dated at the epoch of feeds rather than the build day, so it never changes by itself.
        return new Channel(link, page, entries, updated != null ? updated : LocalDate.of(2000, 1, 1));
    }

    /**
     * A document's entry: the one these feeds made already (a document is in the site's feed and in
     * each of its agencies' and campaigns'), else the last build's when the document and its body are
     * as they were, else a new one.
     */
    private FeedEntry entry(Document document, SiteIndex index, Urls urls) {
        Made known = made.get(document);
        if (known != null) {
            return known.entry();
        }
        String body = index.body(document);
        Feeds last = index.last(Feeds.class);
        Made before = last == null ? null : last.made.get(document);
        Made now = before != null && before.body().equals(body) ? before : new Made(body, FeedEntry.of(document, body, index.addresses(document), urls));
        made.put(document, now);
        return now.entry();
    }

    /** True when two lists hold the very same entries in the same order. */
    private static boolean sameEntries(List<FeedEntry> before, List<FeedEntry> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (before.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }
}
