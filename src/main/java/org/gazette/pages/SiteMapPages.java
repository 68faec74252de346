package org.gazette.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.content.NavItem;
import org.gazette.site.SiteIndex;

/**
 * The HTML 网站地图 (site map for readers and inspectors, beside the XML sitemap for search
 * engines): every section of the site, made from the plan of all other pages, so a page family
 * added later is listed without being named here. Notices and plans are reached through their
 * lists; simple pages (关于本站, 无障碍声明) are sections of their own. Later pages of a paginated
 * list are left out.
 */
public final class SiteMapPages {

    /** Where the site map lives; every footer links to it. */
    public static final String PATH = "sitemap/";
    static final String TITLE = "网站地图";

    private static final Pattern LATER_PAGE = Pattern.compile("(^|.*/)page/\\d+/");

    private SiteMapPages() {
    }

    /** The site map page for the generated pages planned so far and the site's simple pages. */
    static PlannedPage of(List<PlannedPage> generated, SiteIndex site) {
        List<Crumb> home = List.of(new Crumb("首页", ""));
        Map<String, String> roots = new LinkedHashMap<>();
        Map<String, List<Crumb>> children = new LinkedHashMap<>();
        for (PlannedPage page : generated) {
            PageMeta meta = page.meta();
            if (!page.outputPath().endsWith("index.html") || meta.path().isEmpty() || LATER_PAGE.matcher(meta.path()).matches()
                    || meta.breadcrumbs().size() < 2) {
                continue;
            }
            Crumb section = meta.breadcrumbs().get(1);
            if (meta.breadcrumbs().size() == 2) {
                roots.put(meta.path(), meta.title());
            } else if (section.path() != null) {
                children.computeIfAbsent(section.path(), k -> new ArrayList<>()).add(new Crumb(meta.title(), meta.path()));
            }
        }
        for (Document document : site.ofType(DocumentType.PAGE)) {
            roots.putIfAbsent(document.url(), document.title());
        }
        List<SiteMapPage.Section> sections = new ArrayList<>();
        for (Map.Entry<String, String> root : roots.entrySet()) {
            List<Crumb> pages = new ArrayList<>(children.getOrDefault(root.getKey(), List.of()));
            pages.sort(Comparator.comparing(Crumb::path));
            sections.add(new SiteMapPage.Section(root.getValue(), root.getKey(), pages));
        }
        List<String> navigation = site.data().site().navigation().stream().map(NavItem::url)
                .map(url -> url.startsWith("/") ? url.substring(1) : url).toList();
        sections.sort(Comparator.comparingInt((SiteMapPage.Section s) -> navigationOrder(navigation, s.path()))
                .thenComparing(SiteMapPage.Section::path));
        PageMeta meta = new PageMeta(TITLE, PATH, null, List.of(home.get(0), new Crumb(TITLE, null)),
                "本站全部栏目和页面的目录。");
        return new PlannedPage("site-map", PlannedPage.indexFile(PATH), meta, new SiteMapPage(sections), TITLE);
    }

    private static int navigationOrder(List<String> navigation, String path) {
        int index = navigation.indexOf(path);
        return index < 0 ? navigation.size() : index;
    }
}
