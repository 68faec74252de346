package org.gazette.markup;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.content.Attachment;
import org.gazette.content.SimilarFiles;
import org.gazette.site.UrlPaths;
import org.jsoup.nodes.Element;

/**
 * Converts a document's Markdown body into sanitised HTML for its page. Thread-safe: one instance
 * serves every document of a build.
 */
public final class BodyRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MarkdownBody markdownBody;

    public BodyRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new CjkSoftBreaks(), new TableCellAlignment()));
        // Editors drop files like "附件1 统计表.xlsx" in as they are and link them by that name.
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // CommonMark's flanking rules ignore CJK: "**（一）高度重视。**各县" would keep its asterisks.
        // Counting only directional punctuation makes bold lead-ins of Chinese documents work.
        options.set(Parser.INLINE_DELIMITER_DIRECTIONAL_PUNCTUATIONS, true);
        // flexmark silently drops javascript: links by default; let them reach the sanitizer, which
        // removes them too and tells the editor (and also knows the upper-case spellings flexmark misses).
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.markdownBody = new MarkdownBody(options);
    }

    /** The hint for a link to a document that does not exist or is not published. */
    public static final String UNPUBLISHED_LINK_HINT =
            "核对文件名；链接其他文档时写它的 .md 文件相对路径，例如 ../linyi-sci-week/index.md";

    /** The message for a link, as written, to a document that does not exist or is not published. */
    public static String unpublishedLinkMessage(String href) {
        return "链接“" + href + "”指向的文档不存在或未发布";
    }

    /**
     * Renders the body, reporting broken links and unsafe content to the context's problems. A body
     * in Markdown alone is written straight from flexmark's syntax tree ({@link MarkdownBody}); one
     * with raw HTML, or with anything the allowlist would change, goes through the allowlist.
     */
    public RenderedBody render(String markdown, BodyContext context) {
        com.vladsch.flexmark.util.ast.Document ast = parse(markdown);
        Map<String, Integer> linkLines = linkLines(ast, context.bodyFirstLine());
        if (!MarkdownBody.needsAllowlist(ast)) {
            RenderedBody body = markdownBody.render(ast, context, linkLines);
            if (body != null) {
                return body;
            }
        }
        return renderThroughAllowlist(ast, markdown, context, linkLines);
    }

    /** The body's syntax tree, as flexmark reads it with the body options. */
    com.vladsch.flexmark.util.ast.Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** The body written straight from the syntax tree, or null when it needs the allowlist; for tests. */
    RenderedBody renderFromTree(String markdown, BodyContext context) {
        com.vladsch.flexmark.util.ast.Document ast = parser.parse(markdown);
        return MarkdownBody.needsAllowlist(ast) ? null : markdownBody.render(ast, context, linkLines(ast, context.bodyFirstLine()));
    }

    /** The body as the allowlist path renders it, whatever it holds; for tests. */
    RenderedBody renderThroughAllowlist(String markdown, BodyContext context) {
        com.vladsch.flexmark.util.ast.Document ast = parser.parse(markdown);
        return renderThroughAllowlist(ast, markdown, context, linkLines(ast, context.bodyFirstLine()));
    }

    /**
     * Renders the body to HTML, cleans it with the allowlist (telling the editor what went) and then
     * gives it what the site needs on the cleaned tree.
     */
    private RenderedBody renderThroughAllowlist(com.vladsch.flexmark.util.ast.Document ast, String markdown, BodyContext context,
                                                Map<String, Integer> linkLines) {
        HtmlSanitizer.Result sanitised = HtmlSanitizer.sanitise(renderer.render(ast));
        if (sanitised.changed()) {
            UnsafeHtml.Finding finding = UnsafeHtml.find(markdown);
            context.problems().warning(finding == null ? context.bodyFirstLine() : context.bodyFirstLine() + finding.lineIndex(), "正文",
                    (finding == null ? "正文中有本站不支持的 HTML 标签或属性" : "正文中的 " + finding.what() + " 不允许使用")
                            + "，发布时已删除（文字保留）",
                    "正文只用 Markdown 和简单的 HTML 表格；需要特殊效果请联系网站管理员");
        }
        Element body = sanitised.document().body();
        normaliseHeadings(body);
        Set<Path> linked = new LinkedHashSet<>();
        List<RenderedBody.DocumentLink> documentLinks = new ArrayList<>();
        resolveLinks(body, context, linkLines, linked, documentLinks);
        List<BodyTable> tables = markAttachmentTables(body, context);
        wrapTables(body);
        // The cleaned tree is at hand, so its text costs no second parse.
        return new RenderedBody(new SafeHtml(body.html()), new ArrayList<>(linked), tables, documentLinks, body.text());
    }

    /** The source line of each link and image address, so a broken one is reported where it is written. */
    private static Map<String, Integer> linkLines(Node ast, int firstLine) {
        Map<String, Integer> lines = new HashMap<>();
        NodeVisitor visitor = new NodeVisitor(
                new VisitHandler<>(Link.class, n -> lines.putIfAbsent(n.getUrl().toString(), firstLine + n.getLineNumber())),
                new VisitHandler<>(Image.class, n -> lines.putIfAbsent(n.getUrl().toString(), firstLine + n.getLineNumber())),
                new VisitHandler<>(Reference.class, n -> lines.putIfAbsent(n.getUrl().toString(), firstLine + n.getLineNumber())));
        visitor.visit(ast);
        return lines;
    }

    /** The page title is the only h1; body headings start at h2 and get anchors for deep links. */
    private static void normaliseHeadings(Element body) {
        int n = 0;
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.tagName().equals("h1")) {
                heading.tagName("h2");
            }
            heading.attr("id", "sec-" + (++n));
        }
    }

    private static void resolveLinks(Element body, BodyContext context, Map<String, Integer> lines, Set<Path> linked,
                                     List<RenderedBody.DocumentLink> documentLinks) {
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            String resolved = resolve(href, false, context, lines, linked, documentLinks);
            if (resolved != null) {
                link.attr("href", resolved);
            }
        }
        for (Element image : body.select("img")) {
            String src = image.attr("src");
            String resolved = imageAddress(src, image.hasAttr("alt") && !image.attr("alt").isBlank(), context, lines, linked,
                    documentLinks);
            if (src.isEmpty()) {
                image.remove();
            } else if (resolved != null) {
                image.attr("src", resolved);
            }
        }
    }

    /**
     * The address to publish for an image shown in the body, or null to leave it as is, reporting a
     * missing text alternative and images from other sites. An image without an address is dropped
     * by the caller.
     */
    static String imageAddress(String src, boolean hasAlt, BodyContext context, Map<String, Integer> lines, Set<Path> linked,
                               List<RenderedBody.DocumentLink> documentLinks) {
        int line = lines.getOrDefault(src, context.bodyFirstLine());
        if (!hasAlt) {
            // WCAG 1.1.1: a screen reader announces an image by its text alternative.
            context.problems().error(line, "正文", "图片“" + src + "”缺少文字说明，读屏软件的用户无法知道图片内容",
                    "在方括号里写图片说明，例如 ![启动仪式现场](" + src + ")");
        }
        if (src.isEmpty()) {
            return null;
        }
        if (src.matches("(?i)[a-z][a-z0-9+.-]*:.*") || src.startsWith("//")) {
            context.problems().error(line, "正文", "图片“" + src + "”引用了外部网站，本站不向其他网站发出请求",
                    "把图片下载后放进文档文件夹，再写 ![说明](图片文件名)");
            return null;
        }
        return resolve(src, true, context, lines, linked, documentLinks);
    }

    /** The address to publish for a link written in the body, or null to leave it as is. */
    static String resolve(String href, boolean image, BodyContext context, Map<String, Integer> lines, Set<Path> linked,
                                  List<RenderedBody.DocumentLink> documentLinks) {
        if (href.isEmpty() || href.startsWith("#") || href.matches("(?i)[a-z][a-z0-9+.-]*:.*") || href.startsWith("//")) {
            return null;
        }
        int line = lines.getOrDefault(href, context.bodyFirstLine());
        String fragment = "";
        String path = href;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = UrlPaths.decode(path);
        if (path.startsWith("/")) {
            // A site address written by the editor, e.g. /notices/; prefixed for sites under a sub-path.
            return context.basePath() + UrlPaths.encode(path.substring(1)) + fragment;
        }
        Path folder = context.file().getParent();
        Path target = folder.resolve(path).normalize();
        if (path.endsWith(".md")) {
            String page = context.pages().pageOf(target);
            if (page == null) {
                context.problems().error(line, "正文", unpublishedLinkMessage(href), UNPUBLISHED_LINK_HINT);
                return null;
            }
            documentLinks.add(new RenderedBody.DocumentLink(target, href, line));
            return context.basePath() + UrlPaths.encode(page) + fragment;
        }
        String what = image ? "图片" : "链接的文件";
        if (context.bundle() == null) {
            context.problems().error(line, "正文", what + "“" + href + "”无法发布：单个 .md 文件的文档不能带文件",
                    "把文档改成文件夹形式（文件夹/index.md），文件放在同一文件夹");
            return null;
        }
        if (!target.startsWith(context.bundle())) {
            context.problems().error(line, "正文", what + "“" + href + "”在文档文件夹之外",
                    "把文件复制到文档文件夹里，链接只写文件名");
            return null;
        }
        if (Files.isSymbolicLink(target)) {
            context.problems().error(line, "正文", what + "“" + href + "”是符号链接，出于安全原因不会发布", "放入真实文件");
            return null;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            context.problems().error(line, "正文", "找不到" + what + "“" + href + "”",
                    SimilarFiles.hint(target, context.bundle(), context.siteRoot()));
            return null;
        }
        linked.add(target);
        return UrlPaths.encode(context.bundle().relativize(target).toString().replace('\\', '/')) + fragment;
    }

    private static List<BodyTable> markAttachmentTables(Element body, BodyContext context) {
        List<BodyTable> tables = new ArrayList<>();
        int n = 0;
        for (Attachment attachment : context.tables()) {
            n++;
            String title = attachment.title();
            Element table = tableUnderHeading(body, title);
            if (table == null) {
                context.problems().error(attachment.line(), "attachments",
                        "附件“" + title + "”写了 table: true，但正文中找不到标题含有这一名称、其后跟着表格的小标题",
                        "在正文中表格前加一个小标题，例如 ## " + (title.startsWith("附件") ? title : "附件 " + title));
                continue;
            }
            String id = BodyTable.anchorId(n);
            table.attr("id", id);
            if (table.selectFirst("> caption") == null) {
                table.prependElement("caption").text(title);
            }
            tables.add(TableGrids.toGrid(title, id, table));
        }
        return tables;
    }

    private static Element tableUnderHeading(Element body, String title) {
        String wanted = title.replaceAll("\\s+", "");
        boolean found = false;
        for (Element element : body.getAllElements()) {
            if (element.tagName().matches("h[2-6]") && element.text().replaceAll("\\s+", "").contains(wanted)) {
                found = true;
            } else if (found && element.tagName().equals("table")) {
                return element;
            }
        }
        return null;
    }

    /**
     * Tables scroll sideways inside a focusable region on narrow screens, so keyboard users can
     * scroll them too; header cells get an explicit scope for screen readers.
     */
    private static void wrapTables(Element body) {
        int n = 0;
        for (Element table : body.select("table")) {
            n++;
            for (Element th : table.select("> thead > tr > th")) {
                if (!th.hasAttr("scope")) {
                    th.attr("scope", th.hasAttr("colspan") ? "colgroup" : "col");
                }
            }
            Element caption = table.selectFirst("> caption");
            Element wrapper = new Element("div").addClass("table-scroll").attr("role", "region").attr("tabindex", "0");
            if (caption != null) {
                String captionId = table.id().isEmpty() ? "table-caption-" + n : table.id() + "-caption";
                caption.attr("id", captionId);
                wrapper.attr("aria-labelledby", captionId);
            } else {
                wrapper.attr("aria-label", "表格 " + n);
            }
            table.wrap(wrapper.outerHtml());
        }
    }
}
