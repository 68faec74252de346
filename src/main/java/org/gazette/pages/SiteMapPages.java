package org.gazette.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gazette.catalogue.DocumentFact;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
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
public final class SiteMapPages implements Output {
    @Override
    public String name() {
        return "网站地图";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of("sitemap/index.html");
    }

    @Override
    public Inputs inputs() {
        return Inputs.documents(DocumentFact.PLACE, DocumentFact.TITLE).showing(d -> d.type() == DocumentType.PAGE)
                .data("site.yaml", "agencies.yaml").otherOutputs();
    }

    @Override
    public Rendering rendering() {
        return Rendering.template("site-map", "site-map.ftlh");
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return List.of(of(pagesOf(context.planned()), context.site()));
    }

    /** The pages planned before this family. */
    private static List<PlannedPage> pagesOf(List<Product> planned) {
        List<PlannedPage> pages = new ArrayList<>();
        for (Product product : planned) {
            if (product instanceof PlannedPage page) {
                pages.add(page);
            }
        }
        return pages;
    }


    /** Where the site map lives; every footer links to it. */
    public static final String PATH = "sitemap/";
    public static final String TITLE = "网站地图";

    private static final Pattern LATER_PAGE = Pattern.compile("(^|.*/)page/\\d+/");

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
