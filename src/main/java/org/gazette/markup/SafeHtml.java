package org.gazette.markup;

/**
 * HTML that has passed the sanitiser or was built by Gazette itself. Templates print it as markup;
 * every other string is escaped.
 */
public record SafeHtml(String html) {

    public static final SafeHtml EMPTY = new SafeHtml("");

    @Override
    public String toString() {
        return html;
    }
}
