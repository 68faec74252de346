package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.site.ArchivePaths;
import org.gazette.site.SiteIndex;
import org.gazette.site.TopicIndex;

/**
 * The topic pages (主题分类): the index at {@code topics/} and a paginated list per topic with a
 * published document at {@code topics/<slug>/}. A site whose topics have no published document has
 * neither (no empty column).
 */
public final class TopicPages implements Output {

    /** The index's title, also its breadcrumb and link text elsewhere. */
    static final String TITLE = "主题分类";
    /** Topics an index page lists; a declared classification list has far fewer. */
    static final int TOPICS_PER_PAGE = 100;

    @Override
    public String name() {
        return "主题分类";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of("topics/index.html", "topics/page/*/index.html", "topics/*/index.html", "topics/*/page/*/index.html");
    }

    @Override
    public Inputs inputs() {
        return Inputs.wholeDocuments().showing(d -> !d.topics().isEmpty()).data("site.yaml", "agencies.yaml");
    }

    @Override
    public Rendering rendering() {
        return Rendering.templates(Map.of("topics", "topics.ftlh", "list", "list.ftlh"));
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return pages(context.site(), context.today());
    }

    /** The topic pages of a site on a build day. */
    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        TopicIndex index = TopicIndex.of(site);
        if (!index.hasDocuments()) {
            return List.of();
        }
        List<PlannedPage> pages = new ArrayList<>(indexPages(index));
        List<Crumb> parents = List.of(new Crumb("首页", ""), new Crumb(TITLE, ArchivePaths.TOPICS));
        for (TopicIndex.Topic topic : index.topics()) {
            if (!topic.documents().isEmpty()) {
                pages.addAll(ListPages.paginate(TITLE + "：" + topic.name(), topic.path(), ArchivePaths.TOPICS, parents,
                        topic.documents(), TITLE + "：" + topic.name()));
            }
        }
        return pages;
    }

    private static List<PlannedPage> indexPages(TopicIndex index) {
        List<TopicIndexPage.Entry> entries = new ArrayList<>();
        for (TopicIndex.Topic topic : index.topics()) {
            int count = topic.documents().size();
            entries.add(new TopicIndexPage.Entry(topic.name(), count, count == 0 ? null : topic.path()));
        }
        List<List<TopicIndexPage.Entry>> slices = Pagination.split(entries, TOPICS_PER_PAGE);
        List<PlannedPage> pages = new ArrayList<>();
        for (int n = 1; n <= slices.size(); n++) {
            Pagination pagination = new Pagination(n, slices.size(), ArchivePaths.TOPICS);
            pages.add(new PlannedPage("topics", PlannedPage.indexFile(pagination.path()),
                    indexMeta(TITLE, n, pagination.path(), ArchivePaths.TOPICS, "按主题分类查找本站发布的通知和方案。"),
                    new TopicIndexPage(slices.get(n - 1), pagination), TITLE));
        }
        return pages;
    }

    /** Title and breadcrumb of page {@code n} of a top-level index. */
    static PageMeta indexMeta(String heading, int n, String path, String base, String description) {
        Crumb home = new Crumb("首页", "");
        List<Crumb> trail = n == 1 ? List.of(home, new Crumb(heading, null))
                : List.of(home, new Crumb(heading, base), new Crumb("第" + n + "页", null));
        return new PageMeta(n == 1 ? heading : heading + "（第" + n + "页）", path, base, trail, n == 1 ? description : null);
    }
}
