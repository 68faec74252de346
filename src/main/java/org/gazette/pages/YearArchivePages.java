package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.catalogue.DocumentChange;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.site.ArchivePaths;
import org.gazette.site.SiteIndex;
import org.gazette.site.YearArchive;

/**
 * The year lists of notices and plans ({@code notices/2022/}, {@code plans/2021/}), paginated like
 * the whole lists, each under its list in the breadcrumb; only years with a published document have one.
 */
public final class YearArchivePages implements Output {

    /** The listed types, in the order of their pages. */
    private static final List<DocumentType> LISTED = List.of(DocumentType.NOTICE, DocumentType.PLAN);

    @Override
    public String name() {
        return "按年份的通知公告、实施方案列表";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of("notices/*/index.html", "notices/*/page/*/index.html", "plans/*/index.html", "plans/*/page/*/index.html");
    }

    @Override
    public Inputs inputs() {
        // Like the whole lists, with the same archive links beside them.
        return ListPages.LIST_INPUTS;
    }

    @Override
    public Rendering rendering() {
        return Rendering.template("list", "list.ftlh");
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return pages(context.site(), context.today());
    }

    /**
     * Plans again only the years a change reaches: the years of each changed notice or plan, before and
     * after the change, and every year of a list whose links beside it changed (a year came or went, or
     * its count changed, or the topic or series index appeared). The other years' pages are the last
     * plan's, the very objects, and so is each page of a year planned again that shows what it showed:
     * a title edit makes again the one page of its document, not every year of an archive that grows.
     */
    @Override
    public List<? extends Product> replan(SiteContext context, List<? extends Product> last, List<DocumentChange> changes) {
        Set<String> reached = new HashSet<>();
        for (DocumentChange change : changes) {
            if (inputs().reaches(change)) {
                for (Document document : Arrays.asList(change.before(), change.after())) {
                    if (document != null && document.date() != null && LISTED.contains(document.type())) {
                        reached.add(ArchivePaths.year(document.type(), document.date().getYear()));
                    }
                }
            }
        }
        return pages(context.site(), Pagination.byList(last), reached);
    }

    /** The year lists of a site on a build day. */
    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        List<PlannedPage> pages = new ArrayList<>();
        for (Product page : pages(site, Map.of(), Set.of())) {
            pages.add((PlannedPage) page);
        }
        return pages;
    }

    /**
     * The year lists, notices first, newest year first.
     *
     * @param before  the last plan's pages by list, empty in a full build
     * @param reached the lists a change reaches, planned again even when their links beside them are the same
     */
    private static List<Product> pages(SiteIndex site, Map<String, ? extends List<? extends Product>> before, Set<String> reached) {
        List<Product> pages = new ArrayList<>();
        for (DocumentType type : LISTED) {
            String list = type.folder() + "/";
            List<Crumb> parents = List.of(new Crumb("首页", ""), new Crumb(type.label(), list));
            for (YearArchive.Year year : YearArchive.of(site).of(type)) {
                String path = ArchivePaths.year(type, year.year());
                ArchiveLinks links = ArchiveLinks.of(site, type, year.year());
                List<? extends Product> last = before.containsKey(path) ? before.get(path) : List.of();
                if (!reached.contains(path) && !last.isEmpty() && last.get(0) instanceof PlannedPage first
                        && first.model() instanceof DocumentListPage shown && links.equals(shown.archives())) {
                    pages.addAll(last);
                    continue;
                }
                List<PlannedPage> made = ListPages.paginate(year.year() + "年" + type.label(), path, list,
                        parents, year.documents(), "列表：" + year.year() + "年" + type.label(), links);
                for (int i = 0; i < made.size(); i++) {
                    // A page showing what it showed is the last one: the builder then need not compare it.
                    PlannedPage page = made.get(i);
                    pages.add(i < last.size() && page.equals(last.get(i)) ? last.get(i) : page);
                }
            }
        }
        return pages;
    }
}
