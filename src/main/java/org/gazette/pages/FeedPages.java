package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.site.SiteIndex;

/** The Atom feed of the newest documents. */
public final class FeedPages implements Output {

    static final int FEED_ENTRIES = 30;

    /**
     * The feed's entries.
     *
     * @param updated the newest publication date, so the feed does not change unless content does
     */
    public record Feed(List<Document> documents, LocalDate updated) {
    }

    @Override
    public String name() {
        return "Atom 订阅";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.ATOM;
    }

    @Override
    public List<String> paths() {
        return List.of("feed.xml");
    }

    @Override
    public Inputs inputs() {
        return Inputs.wholeDocuments().showing(d -> d.type() != DocumentType.PAGE).data("site.yaml", "agencies.yaml");
    }

    @Override
    public Rendering rendering() {
        return Rendering.template("feed", "feed.ftlx");
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return pages(context.site(), context.today());
    }

    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        List<Document> newest = site.published().stream().filter(d -> d.type() != DocumentType.PAGE)
                .limit(FEED_ENTRIES).toList();
        LocalDate updated = newest.isEmpty() ? LocalDate.of(2000, 1, 1) : newest.get(0).date();
        List<PlannedPage> pages = new ArrayList<>();
        PageMeta feedMeta = new PageMeta(site.data().site().title(), "feed.xml", null, List.of(), null);
        pages.add(new PlannedPage("feed", "feed.xml", feedMeta, new Feed(newest, updated), "Atom 订阅"));

        return pages;
    }
}
