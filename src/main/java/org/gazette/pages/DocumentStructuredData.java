package org.gazette.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gazette.content.Agency;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.content.SiteConfig;
import org.gazette.markup.SafeHtml;
import org.gazette.site.AgencyPaths;
import org.gazette.site.Urls;

/**
 * A document page's schema.org JSON-LD for search engines: the document itself, issued by its
 * agencies as {@code GovernmentOrganization}s, and a {@code BreadcrumbList} of the trail the page
 * shows. The events of its schedule are {@link EventStructuredData}, in their own block.
 *
 * <p>A notice (通知) is an {@code Article}: news of the day, which search engines show with its date.
 * A plan (实施方案) is a {@code DigitalDocument}: a standing text people consult while it is in force,
 * as the page's 有效性 says. A simple page (关于本站…) is neither, and has only its trail.
 */
public final class DocumentStructuredData {

    private static final String CONTEXT = "https://schema.org";

    private DocumentStructuredData() {
    }

    /** The JSON-LD of a planned page, or null when the page is not a document's. */
    public static SafeHtml of(SiteConfig site, Urls urls, PageMeta meta, Object model) {
        if (!(model instanceof DocumentPage page)) {
            return null;
        }
        Document document = page.document();
        List<Object> graph = new ArrayList<>();
        if (document.type() != DocumentType.PAGE) {
            graph.add(work(document, site, urls));
        }
        graph.add(breadcrumbs(meta, urls, urls.absolutePage(document)));
        return JsonLd.write(new Graph(CONTEXT, graph));
    }

    private static Work work(Document document, SiteConfig site, Urls urls) {
        List<Organization> agencies = document.agencies().stream().map(a -> organization(a, urls)).toList();
        String url = urls.absolutePage(document);
        return new Work(document.type() == DocumentType.NOTICE ? "Article" : "DigitalDocument", url, url,
                document.title(), document.title(), document.docNumber(), document.summary(),
                String.valueOf(document.date()), String.valueOf(document.lastChanged()),
                document.written() == null ? null : document.written().toString(), site.language(),
                agencies.isEmpty() ? null : agencies, agencies.isEmpty() ? null : agencies,
                keywords(document), new WebSite("WebSite", site.title(), urls.absolute("")));
    }

    /** 主题词 and 主题分类, as the page's Keywords metadata has them, or null. */
    private static String keywords(Document document) {
        Set<String> words = new LinkedHashSet<>(document.keywords());
        words.addAll(document.topics());
        return words.isEmpty() ? null : String.join(",", words);
    }

    /** An issuing agency with what the site knows of it; its own website when it has one, else its page here. */
    private static Organization organization(Agency agency, Urls urls) {
        String url = agency.website() != null ? agency.website() : urls.absolute(AgencyPaths.page(agency.id()));
        return new Organization("GovernmentOrganization", agency.name(), url, agency.address(), agency.phone(),
                agency.email());
    }

    /** The trail as the page shows it; its last step, the page itself, is named by the page's address. */
    private static Breadcrumbs breadcrumbs(PageMeta meta, Urls urls, String pageUrl) {
        List<ListItem> items = new ArrayList<>();
        for (Crumb crumb : meta.breadcrumbs()) {
            items.add(new ListItem("ListItem", items.size() + 1, crumb.title(),
                    crumb.path() == null ? pageUrl : urls.absolute(crumb.path())));
        }
        return new Breadcrumbs("BreadcrumbList", items);
    }

    private record Graph(@JsonProperty("@context") String context, @JsonProperty("@graph") List<Object> graph) {
    }

    /**
     * The document: an {@code Article} or a {@code DigitalDocument} (both {@code CreativeWork}s).
     *
     * @param identifier its 文号
     * @param isPartOf   the site
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Work(@JsonProperty("@type") String type, @JsonProperty("@id") String id, String url,
                        String headline, String name, String identifier, String description, String datePublished,
                        String dateModified, String dateCreated, String inLanguage, List<Organization> author,
                        List<Organization> publisher, String keywords, WebSite isPartOf) {
    }

    private record WebSite(@JsonProperty("@type") String type, String name, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Organization(@JsonProperty("@type") String type, String name, String url, String address,
                                String telephone, String email) {
    }

    private record Breadcrumbs(@JsonProperty("@type") String type, List<ListItem> itemListElement) {
    }

    private record ListItem(@JsonProperty("@type") String type, int position, String name, String item) {
    }
}
