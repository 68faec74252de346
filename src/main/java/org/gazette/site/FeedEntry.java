package org.gazette.site;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.content.Agency;
import org.gazette.content.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A notice or plan as every feed carries it: its address, dates, issuing agencies, tags and its
 * full cleaned body with every link made absolute, since a feed reader shows the text away from
 * the site, where {@code 附件1.xlsx} or {@code /notices/} would lead nowhere.
 *
 * @param url       the page's full address, which is also the entry's id (it never changes)
 * @param title     the title
 * @param summary   the editor's summary, or null
 * @param html      the sanitised body HTML with absolute links
 * @param published the publication day
 * @param updated   the day it last changed ({@code updated}, else {@code date})
 * @param authors   the issuing agencies
 * @param tags      its topics (主题分类), then keywords (主题词) not already among them
 */
public record FeedEntry(String url, String title, String summary, String html, LocalDate published,
                        LocalDate updated, List<Author> authors, List<String> tags) {

    public FeedEntry {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    /**
     * An issuing agency as a feed names it.
     *
     * @param name its full name
     * @param url  the full address of its page on the site
     */
    public record Author(String name, String url) {
    }

    /**
     * The entry of a document whose page shows {@code bodyHtml}, its addresses standing where
     * {@code addresses} says (null when that is not known).
     */
    static FeedEntry of(Document document, String bodyHtml, BodyAddresses addresses, Urls urls) {
        String url = urls.absolutePage(document);
        List<Author> authors = document.agencies().stream()
                .map((Agency a) -> new Author(a.name(), urls.absolute(AgencyPaths.page(a.id())))).toList();
        Set<String> tags = new LinkedHashSet<>(document.topics());
        tags.addAll(document.keywords());
        return new FeedEntry(url, document.title(), document.summary(), absolute(bodyHtml, addresses, url), document.date(),
                document.lastChanged(), authors, List.copyOf(tags));
    }

    /**
     * The last body made absolute for each page address. The result depends only on the body and the
     * address, so a preview's rebuild reuses it for every document whose body did not change, instead
     * of parsing every feed entry's body again; one entry per address bounds it by the site's size.
     */
    private static final Map<String, Absolute> LAST = new ConcurrentHashMap<>();

    private record Absolute(String html, String absolute) {
    }

    /**
     * The body with every {@code href} and {@code src} resolved against the page's own address: at
     * the places the body renderer noted when it knows them, else by parsing the HTML.
     */
    static String absolute(String html, BodyAddresses addresses, String pageUrl) {
        String resolved = addresses == null ? null : addresses.resolvedAgainst(html, pageUrl);
        return resolved != null ? resolved : absolute(html, pageUrl);
    }

    /** The body with every {@code href} and {@code src} resolved against the page's own address, read from its HTML. */
    static String absolute(String html, String pageUrl) {
        if (html.isEmpty()) {
            return html;
        }
        Absolute last = LAST.get(pageUrl);
        if (last != null && last.html().equals(html)) {
            return last.absolute();
        }
        String made = resolve(html, pageUrl);
        LAST.put(pageUrl, new Absolute(html, made));
        return made;
    }

    private static String resolve(String html, String pageUrl) {
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html, pageUrl);
        // No reformatting: the same body gives the same bytes on every build.
        fragment.outputSettings().prettyPrint(false);
        for (Element element : fragment.select("[href], [src]")) {
            for (String attribute : List.of("href", "src")) {
                if (element.hasAttr(attribute)) {
                    String resolved = element.absUrl(attribute);
                    if (!resolved.isEmpty()) {
                        element.attr(attribute, resolved);
                    }
                }
            }
        }
        return fragment.body().html();
    }
}
