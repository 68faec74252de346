package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.site.SiteIndex;

/**
 * Every generated page of a site (all but the documents' own pages), from the page families, and
 * the template each page kind uses.
 */
public final class PagePlanner {

    /** Template file for each page kind. */
    public static final Map<String, String> TEMPLATES = templates();

    /** Output extension for page kinds that are not HTML. */
    public static final Map<String, String> EXTENSIONS = Map.of("feed", ".xml", "sitemap", ".xml");

    private static Map<String, String> templates() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("home", "home.ftlh");
        templates.put("document", "document.ftlh");
        templates.put("page", "page.ftlh");
        templates.put("list", "list.ftlh");
        templates.put("notfound", "404.ftlh");
        templates.put("feed", "feed.ftlx");
        templates.put("sitemap", "sitemap.ftlx");
        templates.put("contacts", "contacts.ftlh");
        templates.put("agency", "agency.ftlh");
        templates.put("attachments", "attachments-index.ftlh");
        templates.put("calendar", "calendar.ftlh");
        templates.put("calendar-campaigns", "calendar-campaigns.ftlh");
        templates.put("site-map", "site-map.ftlh");
        templates.put("topics", "topics.ftlh");
        templates.put("campaigns", "campaigns.ftlh");
        templates.put("campaign-series", "campaign-series.ftlh");
        return java.util.Collections.unmodifiableMap(templates);
    }

    private final List<PageSource> sources;

    public PagePlanner(List<PageSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The standard families of a Gazette site. */
    public static PagePlanner standard() {
        return new PagePlanner(List.of(new HomePages(), new ListPages(), new ContactPages(), new AttachmentPages(),
                new CalendarPages(), new FeedPages(), new YearArchivePages(), new TopicPages(), new CampaignHubPages()));
    }

    public List<PlannedPage> plan(SiteIndex site, LocalDate today) {
        // The families are independent; planning them side by side keeps both cores busy.
        List<PlannedPage> pages = new ArrayList<>();
        sources.parallelStream().map(source -> source.pages(site, today)).toList().forEach(pages::addAll);
        pages.add(SiteMapPages.of(pages, site));
        pages.addAll(SitemapPages.of(pages, site));
        return pages;
    }
}
