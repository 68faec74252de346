package org.gazette.pages;

import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.content.SiteConfig;
import org.gazette.site.Urls;

/**
 * The Open Graph tags (ogp.me) of a page, which chat apps and social sites read to preview a shared
 * link: {@code og:title}, {@code og:type}, {@code og:url}, {@code og:description}, {@code og:site_name},
 * {@code og:locale} on every page, and on a notice's or plan's page its dates ({@code article:*}) and
 * first image. Prepared from the same page facts as {@link PageMetadata}.
 *
 * @param tags the {@code <meta property content>} pairs, in the order written
 */
public record OpenGraph(List<Tag> tags) {

    public OpenGraph {
        tags = List.copyOf(tags);
    }

    /** One {@code <meta property="…" content="…">}. */
    public record Tag(String property, String content) {
    }

    /** The tags of a planned page; {@code model} is the page's model (a {@link DocumentPage} for documents). */
    public static OpenGraph of(SiteConfig site, Urls urls, PageMeta meta, Object model) {
        List<Tag> tags = new ArrayList<>();
        Document document = model instanceof DocumentPage page && page.document().type() != DocumentType.PAGE
                ? page.document() : null;
        add(tags, "og:title", meta.title());
        add(tags, "og:type", document != null ? "article" : "website");
        add(tags, "og:url", urls.absolute(meta.path().endsWith("index.html")
                ? meta.path().substring(0, meta.path().length() - "index.html".length()) : meta.path()));
        // A link preview needs a line of text: the page's own description, else the site's, else its title.
        add(tags, "og:description", meta.description() != null ? meta.description()
                : site.description() != null ? site.description() : meta.title());
        add(tags, "og:site_name", site.title());
        add(tags, "og:locale", site.language().replace('-', '_'));
        if (document != null) {
            DocumentPage page = (DocumentPage) model;
            add(tags, "og:image", page.image() == null ? null : urls.absolute(page.image()));
            add(tags, "article:published_time", String.valueOf(document.date()));
            add(tags, "article:modified_time", String.valueOf(document.lastChanged()));
            document.agencies().forEach(agency -> add(tags, "article:author", agency.name()));
        }
        return new OpenGraph(tags);
    }

    private static void add(List<Tag> tags, String property, String content) {
        if (content != null && !content.isBlank()) {
            tags.add(new Tag(property, content));
        }
    }
}
