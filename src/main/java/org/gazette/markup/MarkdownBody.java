package org.gazette.markup;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a body written in Markdown alone straight from flexmark's syntax tree, without parsing the
 * HTML again. It is safe by construction: flexmark writes only elements the allowlist keeps and
 * escapes all text; every attribute flexmark writes is checked as flexmark decoded it, link and image
 * addresses by the allowlist itself; and a value whose escaping could make a browser read something
 * other than what was checked (an {@code &}) sends the body to the allowlist instead. Headings, links
 * and tables get what the site needs while they are written. A body it cannot vouch for, or that the
 * allowlist would change, is left to {@link HtmlSanitizer} (its {@link #render} answers null).
 */
final class MarkdownBody {

    /** The document being rendered, for the node writers and the attribute checker of one render. */
    private static final NullableDataKey<BodyRun> RUN = new NullableDataKey<>("GAZETTE_BODY_RUN");

    private final HtmlRenderer renderer;

    /** A renderer with the body parser's options, plus the writers and checks of this class. */
    MarkdownBody(DataHolder options) {
        MutableDataSet own = new MutableDataSet(options);
        own.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new CjkSoftBreaks(), new TableCellAlignment(), new Writers()));
        this.renderer = HtmlRenderer.builder(own).build();
    }

    /**
     * True when the tree holds what only the allowlist can judge: raw HTML of any kind (blocks,
     * comments, inline tags), whose tags only make sense together, or a link inside a link, which
     * flexmark writes as nested {@code <a>} elements that an HTML parser would take apart.
     */
    static boolean needsAllowlist(Node ast) {
        for (Node node : ast.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                return true;
            }
            if (isLink(node)) {
                for (Node up = node.getParent(); up != null; up = up.getParent()) {
                    if (isLink(up)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isLink(Node node) {
        return node instanceof Link || node instanceof LinkRef || node instanceof AutoLink || node instanceof MailLink;
    }

    /**
     * The rendered body, or null when it must go through the allowlist after all (nothing has been
     * reported then). Only for a tree that {@link #needsAllowlist} passed.
     */
    RenderedBody render(Document ast, BodyContext context, Map<String, Integer> lines) {
        BodyRun run = new BodyRun(context, lines);
        List<BodyTable> tables = MarkdownTables.attach(ast, context, run);
        if (tables == null) {
            return null;
        }
        ast.set(RUN, run);
        String html;
        try {
            html = renderer.render(ast);
        } finally {
            ast.remove(RUN);
        }
        SafeHtml serialised = run.refused() ? null : JsoupStyle.of(html);
        // The search index's text comes from the same tree, not from parsing the HTML again.
        return serialised == null ? null : run.finish(serialised, tables, BodyText.of(ast, run));
    }

    /** Registers the heading and table writers and the attribute checker. */
    private static final class Writers implements HtmlRenderer.HtmlRendererExtension {

        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new NodeWriters());
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    BodyRun run = RUN.get(context.getDocument());
                    return (node, part, attributes) -> check(run, node, attributes);
                }
            });
        }
    }

    /**
     * Sees every attribute flexmark is about to write, as it decoded it: refuses values whose
     * escaping differs between flexmark and the HTML the site is held to, lets the allowlist judge
     * link and image addresses, and publishes them as the body renderer resolves them.
     */
    private static void check(BodyRun run, Node node, MutableAttributes attributes) {
        if (run == null) {
            return;
        }
        for (Attribute attribute : attributes.values()) {
            if (!JsoupStyle.escapesAlike(attribute.getValue())) {
                run.refuse();
                return;
            }
        }
        if (attributes.contains("href")) {
            String href = attributes.getValue("href");
            String resolved = run.link(href);
            mark(attributes, "href", resolved != null && run.publishable(resolved) ? resolved : href);
        } else if (attributes.contains("src")) {
            String alt = attributes.getValue("alt");
            String src = attributes.getValue("src");
            String resolved = run.image(src, alt != null && !alt.isBlank());
            mark(attributes, "src", resolved != null && run.publishable(resolved) ? resolved : src);
        }
        if (node instanceof TableCell cell && cell.isHeader() && cell.getParent() != null && cell.getParent().getParent() instanceof TableHead) {
            // Header cells get an explicit scope for screen readers (Markdown tables have no spans).
            attributes.replaceValue("scope", "col");
        }
    }

    /** Writes an address marked, so that its place in the HTML is known ({@link AddressSpans}). */
    private static void mark(MutableAttributes attributes, String name, String address) {
        attributes.replaceValue(name, AddressSpans.MARK + address);
    }

    /** Writes headings (the page title is the only h1; anchors for deep links) and table regions. */
    private static final class NodeWriters implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Heading.class, NodeWriters::heading),
                    new NodeRenderingHandler<>(TableBlock.class, NodeWriters::table));
        }

        private static void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
            BodyRun run = RUN.get(context.getDocument());
            html.attr("id", run.nextHeadingId());
            html.srcPos(node.getText()).withAttr().tagLine("h" + Math.max(2, node.getLevel()), () -> context.renderChildren(node));
        }

        /**
         * Tables scroll sideways inside a focusable region on narrow screens, so keyboard users can
         * scroll them too; a table that is also an attachment carries its anchor and its title as
         * caption, which names the region.
         */
        private static void table(TableBlock node, NodeRendererContext context, HtmlWriter html) {
            BodyRun run = RUN.get(context.getDocument());
            int n = run.nextTable();
            String id = run.attachmentId(node);
            html.line();
            if (id == null) {
                html.raw("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"表格 " + n + "\"><table>");
            } else {
                html.raw("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + id + "-caption\"><table id=\"" + id
                        + "\"><caption id=\"" + id + "-caption\">" + Escaping.escapeHtml(run.attachmentTitle(node), false) + "</caption>");
            }
            context.renderChildren(node);
            html.line();
            html.raw("</table></div>");
            html.line();
        }
    }
}
