package org.gazette.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * The built site's pages grouped by what makes them look and behave alike: the page kind the layout
 * names on {@code <body class>}, the section (first path segment) and the depth below it. So a notice
 * and a plan, a list and its year archive, the calendar of all and that of one agency fall apart, and
 * two notices do not; a new page kind gets its own group without a change here.
 */
final class PageTypes {

    private PageTypes() {
    }

    /** The first page (in path order) of each type, named by its kind and path, e.g. {@code page-list /notices/2022/}. */
    static Map<String, BuiltSite.Page> oneOfEach(BuiltSite site) {
        Map<String, BuiltSite.Page> byType = new LinkedHashMap<>();
        for (BuiltSite.Page page : site.pages()) {
            String[] segments = page.path().split("/");
            byType.putIfAbsent(kind(page) + " " + segments[0] + " " + segments.length, page);
        }
        Map<String, BuiltSite.Page> named = new LinkedHashMap<>();
        byType.forEach((type, page) -> named.put(type.substring(0, type.indexOf(' ')) + " " + page, page));
        return named;
    }

    /** The page kind the layout names first on {@code <body class>}, e.g. {@code page-document}. */
    static String kind(BuiltSite.Page page) {
        try {
            String kind = Jsoup.parse(page.file().toFile(), "UTF-8").body().className();
            return kind.isBlank() ? "page" : kind.trim().split("\\s+")[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
