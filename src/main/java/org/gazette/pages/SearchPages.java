package org.gazette.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 站内搜索 page at {@code search/}, where the header's search box sends its query. The page
 * script ({@code assets/js/search.js}) reads the query and shows the results from the index
 * ({@code org.gazette.search}); without JavaScript the page explains that and links to the lists
 * through which every document can be reached, those of {@link #ARCHIVES} that the site has.
 */
public final class SearchPages {

    /** Where the search page lives; the header's search box submits to it. */
    public static final String PATH = "search/";
    static final String TITLE = "站内搜索";

    /** Lists that reach every document, in the order the page offers them, when the site has them. */
    static final List<String> ARCHIVES = List.of("notices/", "plans/", "topics/", "campaigns/", "agencies/",
            "contacts/", "calendar/");

    private SearchPages() {
    }

    /** The search page, linking to the archives among the pages planned so far and the site map. */
    static PlannedPage of(List<PlannedPage> generated) {
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
        return new PlannedPage("search", PlannedPage.indexFile(PATH), meta, new SearchPage(archives), TITLE);
    }

    /**
     * The search page's model.
     *
     * @param archives the lists that reach every document, for readers without JavaScript
     */
    public record SearchPage(List<Crumb> archives) {

        public SearchPage {
            archives = List.copyOf(archives);
        }
    }
}
