package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.DocumentFact;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Document;
import org.gazette.site.SiteIndex;

/**
 * The XML sitemap: every page the build writes, documents with the day they last changed ({@code updated},
 * else their publication date). Computed
 * from the plan of all other pages, so a page family added later is listed without being named here.
 */
public final class SitemapPages implements Output {
    @Override
    public String name() {
        return "XML 站点地图";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.SITEMAP;
    }

    @Override
    public List<String> paths() {
        return List.of("sitemap.xml", "sitemap-*.xml");
    }

    @Override
    public Inputs inputs() {
        // METADATA holds updated, which dates a document's lastmod.
        return Inputs.documents(DocumentFact.PLACE, DocumentFact.DATE, DocumentFact.METADATA).otherOutputs();
    }

    @Override
    public Rendering rendering() {
        return Rendering.template("sitemap", "sitemap.ftlx");
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return of(pagesOf(context.planned()), context.site());
    }

    /** The pages planned before this family. */
    private static List<PlannedPage> pagesOf(List<Product> planned) {
        List<PlannedPage> pages = new ArrayList<>();
        for (Product product : planned) {
            if (product instanceof PlannedPage page) {
                pages.add(page);
            }
        }
        return pages;
    }


    /** The sitemap protocol allows 50,000 addresses a file; larger sites get an index of several files. */
    static final int SITEMAP_LIMIT = 40_000;

    /** One address of the sitemap. */
    public record SitemapEntry(String path, LocalDate lastModified) {
    }

    /** A sitemap file, or the index of several when {@code parts} is not empty. */
    public record Sitemap(List<SitemapEntry> entries, List<String> parts) {
    }

    /** The sitemap file(s) for the generated pages planned so far and the site's documents. */
    static List<PlannedPage> of(List<PlannedPage> generated, SiteIndex site) {
        List<SitemapEntry> entries = new ArrayList<>();
        for (PlannedPage page : generated) {
            if (page.outputPath().endsWith("index.html")) {
                entries.add(new SitemapEntry(page.outputPath().substring(0, page.outputPath().length() - "index.html".length()), null));
            }
        }
        for (Document document : site.published()) {
            entries.add(new SitemapEntry(document.url(), document.lastChanged()));
        }
        List<PlannedPage> pages = new ArrayList<>();
        if (entries.size() <= SITEMAP_LIMIT) {
            pages.add(sitemap("sitemap.xml", new Sitemap(entries, List.of())));
            return pages;
        }
        List<String> parts = new ArrayList<>();
        for (int from = 0, n = 1; from < entries.size(); from += SITEMAP_LIMIT, n++) {
            String name = "sitemap-" + n + ".xml";
            parts.add(name);
            pages.add(sitemap(name, new Sitemap(entries.subList(from, Math.min(entries.size(), from + SITEMAP_LIMIT)), List.of())));
        }
        pages.add(sitemap("sitemap.xml", new Sitemap(List.of(), parts)));
        return pages;
    }

    private static PlannedPage sitemap(String file, Sitemap sitemap) {
        return new PlannedPage("sitemap", file, new PageMeta("sitemap", file, null, List.of(), null), sitemap, "站点地图");
    }
}
