package org.gazette.pages;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * The site's own small SVG images (the header's emblem, the footer's badges), written into pages as
 * {@code <svg>} rather than linked as {@code <img>}. Chromium draws an SVG image through a document of its
 * own; under a throttled CPU each one cost a page's load 15–25 ms of main-thread work before anything else
 * the page does (docs/performance.md), while an inline {@code <svg>} is a few elements of the page.
 *
 * <p>Only a plain drawing is inlined: at most {@link #MAX_BYTES}, an {@code <svg>} root, no script, style,
 * {@code foreignObject}, event attribute, {@code id} (two drawings on one page could collide) or link, and no
 * editor's namespace (Inkscape's, for instance); any other image, or one that cannot be read, stays an
 * {@code <img>}. Templates ask through {@code templates/components/site-image.ftlh}. Read once a build.
 */
public final class SiteImages {

    /** Larger drawings stay files, which a browser caches across pages. */
    static final int MAX_BYTES = 4096;

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final Path siteRoot;
    private final Map<String, Optional<Element>> drawings = new ConcurrentHashMap<>();

    private SiteImages(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    /** The images of the site at {@code siteRoot}. */
    public static SiteImages of(Path siteRoot) {
        return new SiteImages(siteRoot);
    }

    /**
     * The image at {@code path} (below the site root) as an inline {@code <svg>} of that size, named by
     * {@code alt} ({@code role="img"}) or hidden from assistive technology when {@code alt} is empty; null when
     * it is to be linked as an {@code <img>}.
     */
    public TemplateHTMLOutputModel inline(String path, String alt, int width, int height) {
        Optional<Element> drawing = drawings.computeIfAbsent(path, this::read);
        if (drawing.isEmpty()) {
            return null;
        }
        Element svg = drawing.get().clone();
        svg.removeAttr("width").removeAttr("height").removeAttr("role").removeAttr("aria-label").removeAttr("aria-hidden");
        svg.attr("width", Integer.toString(width)).attr("height", Integer.toString(height));
        if (alt == null || alt.isBlank()) {
            svg.attr("aria-hidden", "true");
        } else {
            svg.attr("role", "img").attr("aria-label", alt);
        }
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(svg.outerHtml());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Element> read(String path) {
        Path file = siteRoot.resolve(path).normalize();
        if (!path.toLowerCase(Locale.ROOT).endsWith(".svg") || !file.startsWith(siteRoot.normalize())) {
            return Optional.empty();
        }
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            Document document = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
            document.outputSettings().prettyPrint(false);
            Element root = document.children().size() == 1 ? document.child(0) : null;
            if (root == null || !root.tagName().equals("svg") || !SVG_NS.equals(root.attr("xmlns")) || !plain(root)) {
                return Optional.empty();
            }
            removeComments(root);
            return Optional.of(root);
        } catch (IOException | RuntimeException e) {
            // Not readable as a drawing here: the browser may still show it as a file.
            return Optional.empty();
        }
    }

    /** Whether the drawing can go into a page as it is: nothing that runs, links, styles or names. */
    private static boolean plain(Element root) {
        for (Element element : root.getAllElements()) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            if (tag.contains(":") || tag.equals("script") || tag.equals("style") || tag.equals("foreignobject")
                    || tag.equals("a") || tag.equals("image") || tag.equals("use")) {
                return false;
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("id") || name.equals("style") || name.endsWith("href")
                        || name.contains(":") && !name.equals("xmlns:xlink") || attribute.getValue().contains("url(")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void removeComments(Element root) {
        root.filter((node, depth) -> node instanceof Comment ? NodeFilter.FilterResult.REMOVE : NodeFilter.FilterResult.CONTINUE);
    }
}
