package org.gazette.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.catalogue.DocumentContext;
import org.gazette.catalogue.DocumentFact;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.outputs.TableDownloads;
import org.gazette.site.SiteIndex;
import org.gazette.site.TopicIndex;

/**
 * Each published document's own page: a notice's or plan's ({@code document.ftlh}), or a simple
 * page's ({@code page.ftlh}, 关于本站). Planned in the per-document pass, beside the document's files,
 * and rendered once the site index knows its 上一篇 and 下一篇 ({@link #placed}).
 */
public final class DocumentPages implements Output {

    @Override
    public String name() {
        return "文档页面";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of("**/index.html");
    }

    /**
     * Also its neighbours, which {@link #placed} adds: the template is handed them whole, so a rebuild
     * places again the neighbours of every document that changed, before and after the change.
     */
    @Override
    public Inputs inputs() {
        return Inputs.eachDocument().andFacts(DocumentFact.values())
                .data("site.yaml", "agencies.yaml", "campaigns.yaml", "contacts.yaml").buildDay();
    }

    @Override
    public Rendering rendering() {
        return Rendering.templates(Map.of("document", "document.ftlh", "page", "page.ftlh"));
    }

    @Override
    public List<? extends Product> plan(DocumentContext context) {
        Document document = context.document();
        DocumentContext.Build build = context.build();
        DocumentPageBuilder models = build.shared(DocumentPageBuilder.class,
                b -> new DocumentPageBuilder(b.urls(), b.today(), b.data().site().timezone()));
        DocumentPage model = models.build(document, context.events(), TableDownloads.attachments(context), context.body(),
                TableDownloads.of(context), context.problems());
        return List.of(new PlannedPage(kind(document), PlannedPage.indexFile(document.url()), meta(document), model,
                document.sourcePath()));
    }

    /** The template kind: {@code document} for notices and plans, {@code page} for simple pages. */
    public static String kind(Document document) {
        return document.type() == DocumentType.PAGE ? "page" : "document";
    }

    /**
     * A document's page placed in the site: its model given 上一篇 and 下一篇 and its topics' pages,
     * which are known only once every document is read, so document pages are rendered after the site
     * index is built. Both are in the model, so a rebuild rewrites a page whose neighbours or topic
     * addresses changed.
     */
    public static PlannedPage placed(PlannedPage page, SiteIndex site) {
        if (page.model() instanceof DocumentPage model) {
            return new PlannedPage(page.kind(), page.outputPath(), page.meta(),
                    model.withNeighbours(site.neighbours(model.document())).withTopics(topics(model.document(), site)),
                    page.origin());
        }
        return page;
    }

    /**
     * Whether a page placed by an earlier build still links its topics where the site has them now:
     * another document's new topic can lengthen a topic's address (two sharing a slug), so a rebuild
     * places again an untouched page whose topic links changed.
     */
    public static boolean topicsStillLinked(PlannedPage page, SiteIndex site) {
        return !(page.model() instanceof DocumentPage model) || model.topics().equals(topics(model.document(), site));
    }

    private static List<TopicLink> topics(Document document, SiteIndex site) {
        TopicIndex index = TopicIndex.of(site);
        return document.topics().stream().distinct().map(topic -> new TopicLink(topic, index.page(topic))).toList();
    }

    public static PageMeta meta(Document document) {
        List<Crumb> trail = new ArrayList<>();
        trail.add(new Crumb("首页", ""));
        String section = null;
        if (document.type().folder() != null) {
            section = document.type().folder() + "/";
            trail.add(new Crumb(document.type().label(), section));
        }
        trail.add(new Crumb(document.title(), null));
        String description = document.summary();
        return new PageMeta(document.title(), document.url(), section, trail, description);
    }
}
