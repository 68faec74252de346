package org.gazette.pages;

import java.util.List;

/**
 * The 网站地图 page: every section (栏目) of the site with the pages under it.
 *
 * @param sections the sections in navigation order, then by address
 */
public record SiteMapPage(List<Section> sections) {

    public SiteMapPage {
        sections = List.copyOf(sections);
    }

    /**
     * A section and the pages under it.
     *
     * @param title its name
     * @param path  its page path below the site root
     * @param pages the pages under it, by address; empty for a single page
     */
    public record Section(String title, String path, List<Crumb> pages) {

        public Section {
            pages = List.copyOf(pages);
        }
    }
}
