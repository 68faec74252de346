package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.site.SiteIndex;

/** The paginated lists of notices (通知公告) and plans (实施方案). */
public final class ListPages implements Output {

    @Override
    public String name() {
        return "通知公告、实施方案列表";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of("notices/index.html", "notices/page/*/index.html", "plans/index.html", "plans/page/*/index.html");
    }

    @Override
    public Inputs inputs() {
        return LIST_INPUTS;
    }

    /**
     * What a list of notices or plans is made from, whole or by year. The archive links beside the lists
     * name the topic and series indexes, which exist when any document has a topic (simple pages too)
     * and when campaigns.yaml has an edition.
     */
    static final Inputs LIST_INPUTS = Inputs.wholeDocuments()
            .showing(d -> d.type() != DocumentType.PAGE || !d.topics().isEmpty())
            .data("site.yaml", "agencies.yaml", "campaigns.yaml");

    @Override
    public Rendering rendering() {
        return Rendering.template("list", "list.ftlh");
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return pages(context.site(), context.today());
    }

    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        return perType(type -> {
            String base = type.folder() + "/";
            return paginate(type.label(), base, base, List.of(new Crumb("首页", "")), site.ofType(type),
                    "列表：" + type.label(), ArchiveLinks.of(site, type, null));
        });
    }

    /** The pages of each listed type, notices first, as the year lists ({@link YearArchivePages}) walk them too. */
    static List<PlannedPage> perType(Function<DocumentType, List<PlannedPage>> pagesOfType) {
        List<PlannedPage> pages = new ArrayList<>();
        for (DocumentType type : List.of(DocumentType.NOTICE, DocumentType.PLAN)) {
            pages.addAll(pagesOfType.apply(type));
        }
        return pages;
    }

    /** The pages of one top-level list at {@code basePath}, {@link Pagination#PAGE_SIZE} documents each. */
    public static List<PlannedPage> paginate(String heading, String basePath, List<Document> documents, String origin) {
        return paginate(heading, basePath, basePath, List.of(new Crumb("首页", "")), documents, origin);
    }

    /**
     * The pages of one list at {@code basePath}, {@link Pagination#PAGE_SIZE} documents each.
     *
     * @param section the navigation entry the list belongs to
     * @param parents the breadcrumb trail down to the list, home first
     */
    public static List<PlannedPage> paginate(String heading, String basePath, String section, List<Crumb> parents,
                                             List<Document> documents, String origin) {
        return paginate(heading, basePath, section, parents, documents, origin, null);
    }

    /**
     * The pages of one list at {@code basePath}, each showing the other ways into the archive.
     *
     * @param archives the list's years and other indexes, or null
     */
    static List<PlannedPage> paginate(String heading, String basePath, String section, List<Crumb> parents,
                                      List<Document> documents, String origin, ArchiveLinks archives) {
        List<List<Document>> slices = Pagination.split(documents);
        List<PlannedPage> pages = new ArrayList<>();
        for (int n = 1; n <= slices.size(); n++) {
            Pagination pagination = new Pagination(n, slices.size(), basePath);
            String title = n == 1 ? heading : heading + "（第" + n + "页）";
            List<Crumb> trail = new ArrayList<>(parents);
            if (n == 1) {
                trail.add(new Crumb(heading, null));
            } else {
                trail.add(new Crumb(heading, basePath));
                trail.add(new Crumb("第" + n + "页", null));
            }
            PageMeta meta = new PageMeta(title, pagination.path(), section, trail, null);
            pages.add(new PlannedPage("list", PlannedPage.indexFile(pagination.path()), meta,
                    new DocumentListPage(heading, slices.get(n - 1), pagination, archives), origin));
        }
        return pages;
    }
}
