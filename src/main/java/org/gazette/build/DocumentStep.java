package org.gazette.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gazette.catalogue.DocumentContext;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.content.ActiveFiles;
import org.gazette.content.Attachment;
import org.gazette.content.ContentFile;
import org.gazette.content.Document;
import org.gazette.content.DocumentReader;
import org.gazette.content.DraftProblems;
import org.gazette.content.FrontMatter;
import org.gazette.content.SignatureEcho;
import org.gazette.content.SiteData;
import org.gazette.markup.BodyContext;
import org.gazette.markup.BodyRenderer;
import org.gazette.markup.RenderedBody;
import org.gazette.pages.PlannedPage;
import org.gazette.search.BodyTexts;
import org.gazette.site.DocumentAttachments;
import org.gazette.site.DocumentEvents;
import org.gazette.site.Publication;
import org.gazette.validation.Problems;

/**
 * Everything a build does for one Markdown file, in one pass: read it once, check its front matter,
 * render its body, publish its files and write its page. Its problems are kept with its outcome, so
 * an unchanged file's problems are reported again by a rebuild without reading it.
 */
final class DocumentStep {

    private final Path root;
    private final SiteData data;
    private final BodyRenderer bodies;
    private final BodyContext.PageLookup pages;
    private final List<Output> families;
    private final DocumentContext.Build build;
    private final OutputTarget target;
    private final Publication publication;
    private final BodyTexts texts;

    /**
     * @param families    the catalogue's families made per document
     * @param build       what the documents of the build share
     * @param target      where pages and files go, or null to only check the document
     * @param publication which documents are published, so only those are written
     * @param texts       where the text of each body rendered for a page goes, for this build's search index
     */
    DocumentStep(Path root, SiteData data, BodyRenderer bodies, BodyContext.PageLookup pages, List<Output> families,
                 DocumentContext.Build build, OutputTarget target, Publication publication, BodyTexts texts) {
        this.publication = publication;
        this.texts = texts;
        this.root = root;
        this.data = data;
        this.bodies = bodies;
        this.pages = pages;
        this.families = List.copyOf(families);
        this.build = build;
        this.target = target;
    }

    DocumentOutcome process(ContentFile source, List<String> fingerprint) {
        Problems problems = new Problems();
        DocumentReader reader = new DocumentReader(root, data, problems);
        FrontMatter parts = reader.split(source);
        Document document = parts == null ? null : reader.read(source, parts);
        if (document != null && document.draft() && publication.drafts()
                && problems.warnings().stream().anyMatch(p -> p.message().startsWith(DraftProblems.MARK))) {
            // A preview cannot show a draft whose front matter is unfinished; its warnings say why.
            document = null;
        }
        Set<Path> published = new LinkedHashSet<>();
        List<RenderedBody.DocumentLink> links = List.of();
        List<String> outputs = new ArrayList<>();
        PlannedPage page = null;
        DocumentEvents events = null;
        boolean shown = document != null && publication.publishes(document);
        // A scheduled document is checked in full now: on its day it is published by the daily
        // rebuild, with nobody at a computer to correct it.
        if (shown || document != null && !document.draft()) {
            Problems bodyProblems = document.draft() ? new Problems() : problems;
            Problems.Scope scope = bodyProblems.in(source.sourcePath());
            List<Attachment> tables = document.attachments().stream().filter(Attachment::table).toList();
            BodyContext context = new BodyContext(root, document.file(), document.bundle(), parts.bodyFirstLine(), tables,
                    pages, data.site().basePath(), scope);
            RenderedBody body = bodies.render(parts.body(), context);
            checkBody(document, parts, body, scope);
            links = body.documentLinks();
            published.addAll(body.linkedFiles());
            published.addAll(DocumentAttachments.of(document).files());
            if (bodyProblems != problems) {
                // A draft shown in a preview: its body's problems are warnings, and one with mistakes is not shown.
                DraftProblems.asWarnings(bodyProblems, problems);
                shown = shown && !bodyProblems.hasErrors();
            }
            if (shown && target != null && !problems.hasErrors()) {
                DocumentContext documentContext = new DocumentContext(document, body, List.copyOf(published), build, problems);
                page = make(documentContext, outputs, problems);
                events = documentContext.events();
                texts.put(document.file(), body.html().html(), body.text());
            }
            if (!shown && document.draft()) {
                document = null;
                published.clear();
                links = List.of();
            }
        }
        return new DocumentOutcome(source, fingerprint, document, problems.errors(), problems.warnings(), published,
                links, outputs, page, events);
    }

    /**
     * What only the source and the rendered body together show: a 落款 pasted at the end of the body
     * (the page adds its own), and files the body links or shows that would run script on the site.
     */
    private static void checkBody(Document document, FrontMatter parts, RenderedBody body, Problems.Scope scope) {
        int signature = SignatureEcho.find(parts.body(), parts.bodyFirstLine(), document.agencies());
        if (signature > 0) {
            scope.warning(signature, "正文", SignatureEcho.message(signature), SignatureEcho.HINT);
        }
        for (Path linked : body.linkedFiles()) {
            String name = document.bundle() == null ? linked.getFileName().toString()
                    : document.bundle().relativize(linked).toString().replace('\\', '/');
            String active = ActiveFiles.extension(name);
            if (active != null) {
                scope.error(0, "正文", "正文链接或显示的" + ActiveFiles.message(name, active), ActiveFiles.hint(active));
            }
        }
    }

    /**
     * Makes the document's files through the catalogue's per-document families and plans its page,
     * which is rendered once the site index knows its 上一篇 and 下一篇.
     */
    private PlannedPage make(DocumentContext context, List<String> outputs, Problems problems) {
        PlannedPage page = null;
        for (Output family : families) {
            for (Product product : family.plan(context)) {
                outputs.add(product.path());
                if (product instanceof PlannedPage planned) {
                    page = planned;
                } else {
                    Outputs.product(target, null, product, problems);
                }
            }
        }
        return page;
    }
}
