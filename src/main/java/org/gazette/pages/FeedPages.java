package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.site.SiteIndex;

/** The Atom feed of the newest documents and the sitemap of every page. */
public final class FeedPages implements PageSource {

    static final int FEED_ENTRIES = 30;
    /** The sitemap protocol allows 50,000 addresses a file; larger sites get an index of several files. */
    static final int SITEMAP_LIMIT = 40_000;

    /**
     * The feed's entries.
     *
     * @param updated the newest publication date, so the feed does not change unless content does
     */
    public record Feed(List<Document> documents, LocalDate updated) {
    }

    /** One address of the sitemap. */
    public record SitemapEntry(String path, LocalDate lastModified) {
    }

    /** A sitemap file, or the index of several when {@code parts} is not empty. */
    public record Sitemap(List<SitemapEntry> entries, List<String> parts) {
    }

    private final List<String> extraPaths;

    /** @param extraPaths generated page paths to list in the sitemap besides documents and lists */
    public FeedPages(List<String> extraPaths) {
        this.extraPaths = List.copyOf(extraPaths);
    }

    @Override
    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        List<Document> newest = site.published().stream().filter(d -> d.type() != DocumentType.PAGE)
                .limit(FEED_ENTRIES).toList();
        LocalDate updated = newest.isEmpty() ? LocalDate.of(2000, 1, 1) : newest.get(0).date();
        List<PlannedPage> pages = new ArrayList<>();
        PageMeta feedMeta = new PageMeta(site.data().site().title(), "feed.xml", null, List.of(), null);
        pages.add(new PlannedPage("feed", "feed.xml", feedMeta, new Feed(newest, updated), "Atom 订阅"));

        List<SitemapEntry> entries = new ArrayList<>();
        for (String path : extraPaths) {
            entries.add(new SitemapEntry(path, null));
        }
        for (Document document : site.published()) {
            entries.add(new SitemapEntry(document.url(), document.date()));
        }
        if (entries.size() <= SITEMAP_LIMIT) {
            pages.add(sitemap("sitemap.xml", new Sitemap(entries, List.of())));
        } else {
            List<String> parts = new ArrayList<>();
            for (int from = 0, n = 1; from < entries.size(); from += SITEMAP_LIMIT, n++) {
                String name = "sitemap-" + n + ".xml";
                parts.add(name);
                pages.add(sitemap(name, new Sitemap(entries.subList(from, Math.min(entries.size(), from + SITEMAP_LIMIT)), List.of())));
            }
            pages.add(sitemap("sitemap.xml", new Sitemap(List.of(), parts)));
        }
        return pages;
    }

    private static PlannedPage sitemap(String file, Sitemap sitemap) {
        return new PlannedPage("sitemap", file, new PageMeta("sitemap", file, null, List.of(), null), sitemap, "站点地图");
    }
}
