package org.gazette.outputs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.DocumentFact;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.DocumentType;
import org.gazette.content.SiteConfig;
import org.gazette.site.FeedEntry;
import org.gazette.site.Feeds;
import org.gazette.site.Urls;

/**
 * The JSON Feeds (<a href="https://www.jsonfeed.org/version/1.1/">JSON Feed 1.1</a>) of {@link Feeds}:
 * {@code feed.json} and one per agency and campaign edition under {@code feeds/}, the twins of the
 * Atom feeds. Written by Jackson rather than a template, because the template engine escapes for
 * HTML and XML, not JSON.
 *
 * <p>The whole output is this class, one entry of {@code build.Catalogue}: which files exist and
 * what each entry holds come from {@link Feeds}; the file's shape is the records below, in the
 * spec's order and names.
 */
public final class JsonFeeds implements Output {

    /** The version URL every JSON Feed 1.1 starts with. */
    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "JSON Feed 订阅";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.JSON_FEED;
    }

    @Override
    public List<String> paths() {
        return Feeds.paths(".json");
    }

    /**
     * What the feeds of {@link Feeds} are made from, in either format: whole documents, bodies included
     * ({@link DocumentFact#BODY}), so a body edit reaches the feeds, and only them. Declared here, once,
     * for the Atom twin ({@code pages.FeedPages}) too: {@code pages} may use {@code outputs}, and
     * {@code site}, where {@link Feeds} lives, may not name the catalogue.
     */
    public static final Inputs FEED_INPUTS = Inputs.wholeDocuments().andFacts(DocumentFact.BODY)
            .showing(d -> d.type() != DocumentType.PAGE)
            .data("site.yaml", "agencies.yaml", "campaigns.yaml");

    @Override
    public Inputs inputs() {
        return FEED_INPUTS;
    }

    @Override
    public Rendering rendering() {
        return Rendering.writer();
    }

    /**
     * One file per feed, made from its channel, the site's settings and addresses, and written later:
     * a rebuild compares those (an unchanged channel is the very object of the last build,
     * {@link Feeds}) and writes only the feeds whose channel changed, without laying out the others.
     */
    @Override
    public List<? extends Product> plan(SiteContext context) {
        SiteConfig config = context.site().data().site();
        List<OutputFile> files = new ArrayList<>();
        for (Feeds.Channel channel : Feeds.of(context.site()).channels()) {
            Source source = new Source(channel, config, context.urls());
            files.add(new OutputFile(channel.link().json(), "JSON Feed 订阅：" + channel.link().title(), source,
                    out -> out.write(write(feed(channel, config, context.urls())))));
        }
        return files;
    }

    /** All a feed file is made from. */
    private record Source(Feeds.Channel channel, SiteConfig site, Urls urls) {
    }

    /** The feed of a channel, ready to be written. */
    static Feed feed(Feeds.Channel channel, SiteConfig site, Urls urls) {
        ZoneId zone = site.timezone();
        List<Item> items = new ArrayList<>();
        for (FeedEntry entry : channel.entries()) {
            List<Author> authors = entry.authors().stream().map(a -> new Author(a.name(), a.url())).toList();
            items.add(new Item(entry.url(), entry.url(), entry.title(), entry.html(), entry.summary(),
                    startOfDay(entry.published(), zone), startOfDay(entry.updated(), zone),
                    authors.isEmpty() ? null : authors, entry.tags().isEmpty() ? null : entry.tags()));
        }
        String title = channel.page().isEmpty() ? site.title() : channel.link().title() + " - " + site.title();
        return new Feed(VERSION, title, urls.absolute(channel.page()), urls.absolute(channel.link().json()),
                site.publisher(), site.language(), List.of(new Author(site.publisher(), urls.absolute(""))), items);
    }

    /** The file's bytes: UTF-8 JSON, as the spec requires, ending in a newline. */
    static byte[] write(Feed feed) {
        try {
            return (JSON.writeValueAsString(feed) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON Feed " + feed.feedUrl(), e);
        }
    }

    /** RFC 3339 at the start of the day where the site is, as the Atom feed dates it. */
    private static String startOfDay(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The top-level object; {@code version}, {@code title} and {@code items} are required. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Feed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
                @JsonProperty("feed_url") String feedUrl, String description, String language, List<Author> authors,
                List<Item> items) {
    }

    /** One item; {@code id} and one of the contents are required. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String id, String url, String title, @JsonProperty("content_html") String contentHtml, String summary,
                @JsonProperty("date_published") String datePublished, @JsonProperty("date_modified") String dateModified,
                List<Author> authors, List<String> tags) {
    }

    /** An author: the site's publisher for the feed, the issuing agencies for an item. */
    record Author(String name, String url) {
    }
}
