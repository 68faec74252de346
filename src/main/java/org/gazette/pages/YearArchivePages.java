package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.content.DocumentType;
import org.gazette.site.ArchivePaths;
import org.gazette.site.SiteIndex;
import org.gazette.site.YearArchive;

/**
 * The year lists of notices and plans ({@code notices/2022/}, {@code plans/2021/}), paginated like
 * the whole lists, each under its list in the breadcrumb; only years with a published document have one.
 */
public final class YearArchivePages implements PageSource {

    @Override
    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        List<PlannedPage> pages = new ArrayList<>();
        for (DocumentType type : List.of(DocumentType.NOTICE, DocumentType.PLAN)) {
            String list = type.folder() + "/";
            List<Crumb> parents = List.of(new Crumb("首页", ""), new Crumb(type.label(), list));
            for (YearArchive.Year year : YearArchive.of(site).of(type)) {
                pages.addAll(ListPages.paginate(year.year() + "年" + type.label(), ArchivePaths.year(type, year.year()), list,
                        parents, year.documents(), "列表：" + year.year() + "年" + type.label(),
                        ArchiveLinks.of(site, type, year.year())));
            }
        }
        return pages;
    }
}
