package org.gazette.markup;

/**
 * HTML that has passed the sanitiser or was built by Gazette itself. Templates print it as markup;
 * every other string is escaped.
 *
 * @param html      the HTML
 * @param addresses where its link and image addresses are, when the body renderer knows (a feed
 *                  makes them absolute from these); null when it does not
 */
public record SafeHtml(String html, AddressSpans addresses) {

    public static final SafeHtml EMPTY = new SafeHtml("");

    /** HTML whose addresses are not known by position. */
    public SafeHtml(String html) {
        this(html, null);
    }

    @Override
    public String toString() {
        return html;
    }
}
