package org.gazette.site;

/**
 * Where a rendered body's link and image addresses stand, so that a feed can make them absolute without
 * parsing the body again. The body renderer knows the places ({@code markup.AddressSpans}); the site
 * only asks for the resolved text, so it does not depend on how bodies are rendered.
 */
public interface BodyAddresses {

    /**
     * The body's HTML with every address resolved against the page's full address, or null when the
     * caller must resolve them by parsing the HTML itself.
     */
    String resolvedAgainst(String html, String pageUrl);
}
