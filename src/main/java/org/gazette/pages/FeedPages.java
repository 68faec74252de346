package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.site.Feeds;
import org.gazette.site.SiteIndex;

/**
 * The Atom feeds (RFC 4287) of {@link Feeds}: the site's {@code feed.xml} and one per agency and
 * campaign edition under {@code feeds/}, each entry with the full cleaned text. The JSON Feed twin of
 * each is {@code outputs.JsonFeeds}.
 */
public final class FeedPages implements PageSource {

    @Override
    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
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
