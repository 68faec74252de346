package org.gazette.serve;

import java.nio.charset.StandardCharsets;

/**
 * Adds the reload script to an HTML page as the preview serves it. Only the preview does this: the
 * files on disk are exactly what {@code gazette build} publishes. The script is an external,
 * same-origin file, so a page's Content-Security-Policy of {@code script-src 'self'} allows it.
 */
final class PageInjector {

    /** Where the preview serves its own files; no site page can live there (it starts with "__"). */
    static final String PREFIX = "/__gazette/";
    static final String SCRIPT = PREFIX + "reload.js";

    private PageInjector() {
    }

    /** The script element, naming the version of the site the page belongs to. */
    static String scriptTag(long version) {
        return "<script src=\"" + SCRIPT + "\" data-version=\"" + version + "\" defer></script>";
    }

    /** The page with the script at the end of its head (or of the document, if it has no head). */
    static byte[] inject(byte[] page, long version) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = scriptTag(version);
        int at = html.indexOf("</head>");
        String result = at >= 0 ? html.substring(0, at) + tag + html.substring(at) : html + tag;
        return result.getBytes(StandardCharsets.UTF_8);
    }
}
