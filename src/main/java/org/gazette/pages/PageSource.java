package org.gazette.pages;

import java.time.LocalDate;
import java.util.List;
import org.gazette.site.SiteIndex;

/**
 * A family of generated pages (lists, calendars, directories, feeds). Each family is one small
 * class; {@link PagePlanner} asks them all.
 */
public interface PageSource {

    /** The pages of this family for a site on a build day. */
    List<PlannedPage> pages(SiteIndex site, LocalDate today);
}
