package org.gazette.markup;

import java.util.Arrays;
import org.gazette.site.BodyAddresses;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * Where a body's link and image addresses ({@code href} and {@code src} values) stand in its HTML,
 * as {@link MarkdownBody} wrote them: a feed makes them absolute without parsing the HTML again. Only
 * positions are kept (two numbers per address), so a page model holding them costs next to nothing.
 */
public final class AddressSpans implements BodyAddresses {

    /**
     * Put before each address value while flexmark writes it, and taken out, with its place noted, as
     * the HTML is spelled the jsoup way ({@link JsoupStyle}): no other character below U+0020 but
     * newline and tab can reach a body written from the tree, so the mark cannot be mistaken.
     */
    static final char MARK = '\u0001';

    /** A body known to hold no address. */
    static final AddressSpans NONE = new AddressSpans(new int[0]);

    /** Start and end of each address value, in order. */
    private final int[] bounds;

    private AddressSpans(int[] bounds) {
        this.bounds = bounds;
    }

    static AddressSpans of(int[] bounds, int count) {
        return count == 0 ? NONE : new AddressSpans(Arrays.copyOf(bounds, count));
    }

    /**
     * The HTML with every address resolved against the page's full address exactly as jsoup's
     * {@code absUrl} resolves it (an address it cannot resolve stays as written), or null when a
     * resolved address would be spelled with characters jsoup escapes, which the caller then leaves
     * to jsoup.
     */
    @Override
    public String resolvedAgainst(String html, String pageUrl) {
        if (bounds.length == 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + bounds.length * pageUrl.length() / 2);
        // One element stands for each address: absUrl is jsoup's resolution, by its public API.
        Element resolver = new Element(Tag.valueOf("a"), pageUrl);
        int written = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            String address = html.substring(bounds[i], bounds[i + 1]);
            String resolved = resolver.attr("href", address).absUrl("href");
            if (!plain(address) || !plain(resolved)) {
                return null;
            }
            out.append(html, written, bounds[i]).append(resolved.isEmpty() ? address : resolved);
            written = bounds[i + 1];
        }
        return out.append(html, written, html.length()).toString();
    }

    /** True when HTML writes the value as it is inside double quotes, as flexmark and jsoup both do. */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '"' || c == '<' || c == '>' || c == '\u00a0' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressSpans spans && Arrays.equals(bounds, spans.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return "AddressSpans" + Arrays.toString(bounds);
    }
}
