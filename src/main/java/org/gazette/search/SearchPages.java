package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gazette.catalogue.DocumentFact;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.pages.Crumb;
import org.gazette.pages.PageMeta;
import org.gazette.pages.PlannedPage;
import org.gazette.pages.SiteMapPages;

/**
 * The 站内搜索 page at {@code search/}, where the header's search box sends its query. The page
 * script ({@code assets/js/search.js}) reads the query and shows the results from the index
 * ({@code org.gazette.search}); without JavaScript the page explains that and links to the lists
 * through which every document can be reached, those of {@link #ARCHIVES} that the site has. The page
 * names the index's shard count, so that the script asks for a query's shards at once.
 */
public final class SearchPages implements Output {

    /** Where the search page lives; the header's search box submits to it. */
    public static final String PATH = "search/";
    static final String TITLE = "站内搜索";

    /** Lists that reach every document, in the order the page offers them, when the site has them. */
    static final List<String> ARCHIVES = List.of("notices/", "plans/", "topics/", "campaigns/", "agencies/",
            "contacts/", "calendar/");

    @Override
    public String name() {
        return TITLE;
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of(PlannedPage.indexFile(PATH));
    }

    @Override
    public Inputs inputs() {
        // PLACE: a document that comes or goes changes how many documents, hence shards, the index has.
        return Inputs.documents(DocumentFact.PLACE).data("site.yaml").otherOutputs();
    }

    @Override
    public Rendering rendering() {
        return Rendering.template("search", "search.ftlh");
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        List<PlannedPage> pages = new ArrayList<>();
        for (Product product : context.planned()) {
            if (product instanceof PlannedPage page) {
                pages.add(page);
            }
        }
        return List.of(of(pages, SearchIndexWriter.shardCount(context.site().published().size())));
    }

    /**
     * The search page, linking to the archives among the pages planned so far and the site map, and
     * naming the index's shard count.
     */
    static PlannedPage of(List<PlannedPage> generated, int shards) {
        Map<String, String> titles = generated.stream().filter(page -> page.outputPath().endsWith("index.html"))
                .collect(Collectors.toMap(page -> page.meta().path(), page -> page.meta().title(), (a, b) -> a));
        List<Crumb> archives = new ArrayList<>();
        for (String path : ARCHIVES) {
            if (titles.containsKey(path)) {
                archives.add(new Crumb(titles.get(path), path));
            }
        }
        archives.add(new Crumb(SiteMapPages.TITLE, SiteMapPages.PATH));
        PageMeta meta = new PageMeta(TITLE, PATH, null, List.of(new Crumb("首页", ""), new Crumb(TITLE, null)),
                "按标题、文号、发布机构、活动和正文搜索本站的通知、方案和页面。");
        return new PlannedPage("search", PlannedPage.indexFile(PATH), meta, new SearchPage(archives, shards), TITLE);
    }

    /**
     * The search page's model.
     *
     * @param archives the lists that reach every document, for readers without JavaScript
     * @param shards   the search index's shard count ({@link SearchIndexWriter#shardCount})
     */
    public record SearchPage(List<Crumb> archives, int shards) {

        public SearchPage {
            archives = List.copyOf(archives);
        }
    }
}
