package org.gazette.pages;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Agency;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.content.SiteConfig;
import org.gazette.site.Urls;

/**
 * The page metadata of 政府网站发展指引 (国办发〔2017〕47号) that 集约化 platforms and inspection
 * tools read: the site's ({@code SiteName}, {@code SiteDomain}, {@code SiteIDCode}) on every page,
 * the column's ({@code ColumnName}, {@code ColumnType} on every page, {@code ColumnDescription} and
 * {@code ColumnKeywords} on the column's own pages), and the article's ({@code ArticleTitle}, {@code PubDate}, {@code ContentSource},
 * {@code Keywords}, {@code Author}, {@code Image}, {@code Url}) on a notice's or plan's page. The
 * {@code description} the layout already writes is the article's {@code Description}: HTML allows
 * one description a page, whatever its case.
 *
 * @param tags the {@code <meta name content>} pairs, in the order the guideline lists them
 */
public record PageMetadata(List<Tag> tags) {

    public PageMetadata {
        tags = List.copyOf(tags);
    }

    /** One {@code <meta name="…" content="…">}. */
    public record Tag(String name, String content) {
    }

    /** The metadata of a planned page; {@code model} is the page's model (a {@link DocumentPage} for documents). */
    public static PageMetadata of(SiteConfig site, Urls urls, PageMeta meta, Object model) {
        List<Tag> tags = new ArrayList<>();
        add(tags, "SiteName", site.title());
        add(tags, "SiteDomain", URI.create(site.baseUrl()).getHost());
        add(tags, "SiteIDCode", site.siteCode());
        String column = column(meta, model);
        add(tags, "ColumnName", column);
        if (!(model instanceof DocumentPage)) {
            // A column page describes the column; without a description of its own, its name is all there is.
            add(tags, "ColumnDescription", meta.description() != null ? meta.description() : column);
            add(tags, "ColumnKeywords", column);
        }
        add(tags, "ColumnType", column);
        if (model instanceof DocumentPage page && page.document().type() != DocumentType.PAGE) {
            Document document = page.document();
            String agencies = String.join("、", document.agencies().stream().map(Agency::name).toList());
            add(tags, "ArticleTitle", document.title());
            // The guideline's form is yyyy-MM-dd HH:mm; a document carries its publication day only.
            add(tags, "PubDate", document.date() == null ? null : document.date() + " 00:00");
            add(tags, "ContentSource", agencies);
            List<String> keywords = document.keywords().isEmpty() ? document.topics() : document.keywords();
            add(tags, "Keywords", keywords.isEmpty() ? null : String.join(",", keywords));
            add(tags, "Author", agencies);
            add(tags, "Image", page.image() == null ? null : urls.absolute(page.image()));
        }
        add(tags, "Url", urls.absolute(meta.path().endsWith("index.html")
                ? meta.path().substring(0, meta.path().length() - "index.html".length()) : meta.path()));
        return new PageMetadata(tags);
    }

    /** The column (栏目) a page belongs to: its section in the breadcrumb trail, or the page itself. */
    private static String column(PageMeta meta, Object model) {
        if (model instanceof DocumentPage page && page.document().type() != DocumentType.PAGE) {
            return page.document().type().label();
        }
        if (meta.breadcrumbs().size() >= 2 && meta.breadcrumbs().get(1).path() != null) {
            return meta.breadcrumbs().get(1).title();
        }
        return meta.path().isEmpty() ? "首页" : meta.title();
    }

    private static void add(List<Tag> tags, String name, String content) {
        if (content != null && !content.isBlank()) {
            tags.add(new Tag(name, content));
        }
    }
}
