package org.gazette.pages;

import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.outputs.JsonFeeds;
import org.gazette.site.Feeds;
import org.gazette.site.SiteIndex;

/**
 * The Atom feeds (RFC 4287) of {@link Feeds}: the site's {@code feed.xml} and one per agency and
 * campaign edition under {@code feeds/}, each entry with the full cleaned text. The JSON Feed twin of
 * each is {@code outputs.JsonFeeds}.
 */
public final class FeedPages implements Output {

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
        return Feeds.paths(".xml");
    }

    /** The same inputs as the JSON twin's, {@link JsonFeeds#FEED_INPUTS}: both write the channels of {@link Feeds}. */
    @Override
    public Inputs inputs() {
        return JsonFeeds.FEED_INPUTS;
    }

    @Override
    public Rendering rendering() {
        return Rendering.template("feed", "feed.ftlx");
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return pages(context.site());
    }

    /** One page per feed, its model the feed's {@link Feeds.Channel}. */
    public List<PlannedPage> pages(SiteIndex site) {
        List<PlannedPage> pages = new ArrayList<>();
        for (Feeds.Channel channel : Feeds.of(site).channels()) {
            String path = channel.link().atom();
            PageMeta meta = new PageMeta(channel.link().title(), path, null, List.of(), null);
            String origin = channel.page().isEmpty() ? "Atom 订阅" : "Atom 订阅：" + channel.link().title();
            pages.add(new PlannedPage("feed", path, meta, channel, origin));
        }
        return pages;
    }
}
