package org.gazette.markup;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allowlist for HTML in document bodies: text structure, lists, tables with spans and header
 * scopes, links, images. Scripts, styles, forms, frames, event handlers and {@code javascript:}
 * addresses never pass.
 */
public final class HtmlSanitizer {

    /** A base address for resolving relative links while cleaning; it never appears in output. */
    private static final String BASE = "https://body.invalid/";

    private static final Safelist SAFELIST = new Safelist()
            .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
                    "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
                    "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small",
                    "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
                    "tr", "u", "ul")
            .addAttributes(":all", "lang")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("td", "colspan", "rowspan", "headers")
            .addAttributes("th", "colspan", "rowspan", "headers", "scope", "abbr")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addAttributes("ol", "start", "reversed")
            .addAttributes("li", "value")
            .addAttributes("time", "datetime")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addAttributes("abbr", "title")
            // Fenced code blocks carry their language as a class (language-yaml); harmless, and kept
            // so an editor's code sample does not raise a warning.
            .addAttributes("code", "class")
            .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("q", "cite", "http", "https")
            .preserveRelativeLinks(true);

    private static final Cleaner CLEANER = new Cleaner(SAFELIST);

    private HtmlSanitizer() {
    }

    /**
     * A cleaned fragment, and whether cleaning changed it: something was removed, or the markup was
     * malformed and had to be repaired (so the editor should be told).
     */
    public record Result(Document document, boolean changed) {
    }

    /**
     * Cleans an HTML fragment, parsing it once and copying it at most once: jsoup's
     * {@code isValidBodyHtml} followed by {@code clean} parsed every body twice, and {@code isValid}
     * followed by {@code clean} copied it twice (docs/performance.md). A fragment the allowlist keeps
     * whole is not copied at all: the parsed tree is what jsoup's cleaner would have built.
     */
    public static Result sanitise(String bodyHtml) {
        Document dirty = Document.createShell(BASE);
        ParseErrorList errors = ParseErrorList.tracking(1);
        dirty.body().insertChildren(0, Parser.parseFragment(bodyHtml, dirty.body(), BASE, errors));
        if (errors.isEmpty() && keepsEverything(dirty.body())) {
            dirty.outputSettings().prettyPrint(false);
            return new Result(dirty, false);
        }
        Document clean = CLEANER.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        boolean valid = errors.isEmpty() && weight(clean.body()) == weight(dirty.body());
        return new Result(clean, !valid);
    }

    /**
     * True when jsoup's {@link Cleaner} would copy every node and attribute below {@code root}: each
     * element and attribute passes the allowlist's own tests ({@link Safelist#isSafeTag},
     * {@link Safelist#isSafeAttribute}, protocols included), and every other node is plain text or
     * data inside an allowed element, which the cleaner copies as it is. Comments, CDATA and anything
     * else send the fragment through the cleaner. The allowlist has no enforced attributes, so a copy
     * would add nothing either; {@code HtmlSanitizerTest} holds this to the cleaner's output.
     */
    private static boolean keepsEverything(Element root) {
        boolean[] keeps = {true};
        root.traverse((node, depth) -> {
            if (node == root || !keeps[0]) {
                return;
            }
            if (node instanceof Element element) {
                keeps[0] = SAFELIST.isSafeTag(element.normalName()) && attributesKept(element);
            } else if (node.getClass() == DataNode.class) {
                keeps[0] = SAFELIST.isSafeTag(node.parent().nodeName());
            } else {
                keeps[0] = node.getClass() == TextNode.class;
            }
        });
        return keeps[0];
    }

    private static boolean attributesKept(Element element) {
        for (Attribute attribute : element.attributes()) {
            if (!SAFELIST.isSafeAttribute(element.tagName(), element, attribute)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Nodes plus attributes below an element. The cleaner only ever drops (an element, a comment, an
     * attribute, a node in an element it dropped) and adds nothing, so the cleaned copy weighs the
     * same as the original exactly when nothing was dropped: what {@link Cleaner#isValid} decides,
     * without a second copy.
     */
    private static long weight(Element root) {
        long[] weight = {0};
        root.traverse((node, depth) -> weight[0] += 1 + (node instanceof Element element ? element.attributesSize() : 0));
        return weight[0];
    }

    /**
     * True when the allowlist keeps an attribute of an element with this value, judged as the
     * cleaner judges it in a body (protocols, relative addresses). The value is the one a browser
     * reads, entities already decoded.
     */
    static boolean keeps(String tag, String attribute, String value) {
        Element element = new Element(Tag.valueOf(tag), BASE);
        element.attr(attribute, value);
        return SAFELIST.isSafeTag(tag) && SAFELIST.isSafeAttribute(tag, element, new Attribute(attribute, value));
    }

    /** The allowlist itself, for tests that hold the sanitiser to jsoup's own judgement. */
    static Safelist safelist() {
        return SAFELIST;
    }

    /** Cleans an HTML fragment; the result holds only what the allowlist permits. */
    public static Document clean(String bodyHtml) {
        return sanitise(bodyHtml).document();
    }

    /** True when cleaning would remove nothing, so the editor need not be told. */
    public static boolean isClean(String bodyHtml) {
        return !sanitise(bodyHtml).changed();
    }
}
