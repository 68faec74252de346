package org.gazette.pages;

import java.util.List;

/**
 * What every page has, whatever it shows.
 *
 * @param title       the page's own title (the site name is added by the layout)
 * @param path        the page path below the site root, e.g. {@code notices/} or {@code ""} for home
 * @param section     the navigation entry to mark as current, as a path (e.g. {@code notices/}), or null
 * @param breadcrumbs the trail from the home page to this page; empty on the home page
 * @param description one or two sentences for search engines and link previews, or null
 */
public record PageMeta(String title, String path, String section, List<Crumb> breadcrumbs, String description) {

    public PageMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
