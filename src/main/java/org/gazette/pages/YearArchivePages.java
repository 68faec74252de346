package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.site.ArchivePaths;
import org.gazette.site.SiteIndex;
import org.gazette.site.YearArchive;

/**
 * The year lists of notices and plans ({@code notices/2022/}, {@code plans/2021/}), paginated like
 * the whole lists, each under its list in the breadcrumb; only years with a published document have one.
 */
public final class YearArchivePages implements Output {

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

    /** The year lists of a site on a build day. */
    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        return ListPages.perType(type -> {
            String list = type.folder() + "/";
            List<Crumb> parents = List.of(new Crumb("首页", ""), new Crumb(type.label(), list));
            List<PlannedPage> pages = new ArrayList<>();
            for (YearArchive.Year year : YearArchive.of(site).of(type)) {
                pages.addAll(ListPages.paginate(year.year() + "年" + type.label(), ArchivePaths.year(type, year.year()), list,
                        parents, year.documents(), "列表：" + year.year() + "年" + type.label(),
                        ArchiveLinks.of(site, type, year.year())));
            }
            return pages;
        });
    }
}
