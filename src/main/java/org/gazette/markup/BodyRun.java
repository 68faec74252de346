package org.gazette.markup;

import com.vladsch.flexmark.ext.tables.TableBlock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.validation.Problems;

/**
 * One document's pass through {@link MarkdownBody}: numbers headings and tables in the order they
 * are written, resolves link and image addresses, and holds every report back until the pass is
 * known to stand, so a body handed to the allowlist after all is not reported twice. Links are
 * reported and collected before images, and tables after both, as the allowlist path does.
 */
final class BodyRun {

    private final BodyContext context;
    private final Map<String, Integer> lines;
    private final Part links;
    private final Part images;
    private final Problems tableProblems = new Problems();
    private final Map<TableBlock, Integer> attachments = new IdentityHashMap<>();
    private int headings;
    private int tables;
    private boolean refused;

    BodyRun(BodyContext context, Map<String, Integer> lines) {
        this.context = context;
        this.lines = lines;
        this.links = new Part(context);
        this.images = new Part(context);
    }

    /** Links or images: what they report and which files and documents they reach. */
    private static final class Part {
        final Problems problems = new Problems();
        final BodyContext context;
        final Set<Path> linked = new LinkedHashSet<>();
        final List<RenderedBody.DocumentLink> documentLinks = new ArrayList<>();

        Part(BodyContext outer) {
            Problems.Scope scope = outer.problems();
            this.context = new BodyContext(outer.siteRoot(), outer.file(), outer.bundle(), outer.bodyFirstLine(), outer.tables(),
                    outer.pages(), outer.basePath(), new Problems.Scope(problems, scope.file(), scope.fieldPrefix()));
        }
    }

    /** Gives the body to the allowlist: something in it is not what this pass vouches for. */
    void refuse() {
        refused = true;
    }

    boolean refused() {
        return refused;
    }

    /** True when an address can be written as is; otherwise the pass is refused. */
    boolean publishable(String address) {
        if (!JsoupStyle.escapesAlike(address)) {
            refuse();
            return false;
        }
        return true;
    }

    String nextHeadingId() {
        return "sec-" + (++headings);
    }

    int nextTable() {
        return ++tables;
    }

    /** Marks a Markdown table as the n-th (1-based) attachment table. */
    void attach(TableBlock table, int n) {
        attachments.put(table, n);
    }

    /** Where attachment tables report, after links and images. */
    Problems.Scope tableProblems() {
        Problems.Scope scope = context.problems();
        return new Problems.Scope(tableProblems, scope.file(), scope.fieldPrefix());
    }

    /** The anchor of a table that is also an attachment, or null. */
    String attachmentId(TableBlock table) {
        Integer n = attachments.get(table);
        return n == null ? null : BodyTable.anchorId(n);
    }

    String attachmentTitle(TableBlock table) {
        return context.tables().get(attachments.get(table) - 1).title();
    }

    /** The address to publish for a link, or null to keep it; refuses one the allowlist would drop. */
    String link(String href) {
        if (!HtmlSanitizer.keeps("a", "href", href)) {
            refuse();
            return null;
        }
        return BodyRenderer.resolve(href, false, links.context, lines, links.linked, links.documentLinks);
    }

    /** The address to publish for an image, or null to keep it; refuses one the allowlist would drop. */
    String image(String src, boolean hasAlt) {
        if (src.isEmpty() || !HtmlSanitizer.keeps("img", "src", src)) {
            // An image without an address is dropped from the page, which the allowlist path does.
            refuse();
            return null;
        }
        return BodyRenderer.imageAddress(src, hasAlt, images.context, lines, images.linked, images.documentLinks);
    }

    /** The body and its text, with the pass's reports handed on. */
    RenderedBody finish(SafeHtml html, List<BodyTable> attached, String text) {
        Problems into = context.problems().problems();
        for (Problems part : List.of(links.problems, images.problems, tableProblems)) {
            into.addAll(part.errors(), part.warnings());
        }
        Set<Path> linked = new LinkedHashSet<>(links.linked);
        linked.addAll(images.linked);
        List<RenderedBody.DocumentLink> documentLinks = new ArrayList<>(links.documentLinks);
        documentLinks.addAll(images.documentLinks);
        return new RenderedBody(html, new ArrayList<>(linked), attached, documentLinks, text);
    }
}
