package org.gazette.pages;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.gazette.content.Agency;
import org.gazette.content.SiteConfig;
import org.gazette.content.SiteData;
import org.gazette.format.Formats;
import org.gazette.render.PageChrome;
import org.gazette.site.Publication;
import org.gazette.site.Urls;

/**
 * What every page's template sees besides its own model, fixed for a build; {@link #templateData}
 * is the one place that names the template variables.
 *
 * @param site        {@code site}: the site's configuration
 * @param agencies    {@code agencies}: the agencies by id
 * @param urls        {@code urls}: how paths become links
 * @param fmt         {@code fmt}: how dates and times are written
 * @param today       {@code today}: the build day
 * @param publication {@code publication}: what the build publishes, for the preview's marks
 * @param chrome      {@code chrome}: the directive that renders the page shell's shared parts once
 *                    per variant, for this build only
 * @param scripts     {@code elderBoot}: the head's inline script and its policy hash (not defined for a
 *                    site without one); {@code pageScripts}: the page scripts carried inline, by source path
 * @param images      {@code siteImages}: the site's small drawings written into pages
 *                    ({@code templates/components/site-image.ftlh})
 */
public record PageGlobals(SiteConfig site, Map<String, Agency> agencies, Urls urls, Formats fmt, LocalDate today,
                          Publication publication, PageChrome chrome, InlineScripts scripts,
                          SiteImages images) {

    /**
     * The globals of a build of {@code data} that publishes by {@code publication}, with the site's inline
     * {@code scripts} and {@code images}.
     */
    public static PageGlobals of(SiteData data, Publication publication, InlineScripts scripts, SiteImages images) {
        return new PageGlobals(data.site(), data.agencies(), new Urls(data.site().baseUrl(), data.site().basePath()),
                new Formats(), publication.day(), publication, PageChrome.perBuild(), scripts, images);
    }

    /**
     * The template data of one page: these globals (the build's {@code chrome}, {@code elderBoot} and {@code pageScripts} too), its {@code meta},
     * its model as {@code page}, its {@code metadata}, {@code openGraph} and, on a document's page, its
     * {@code structuredData}.
     */
    public Map<String, Object> templateData(PlannedPage page) {
        Map<String, Object> data = new HashMap<>();
        data.put("site", site);
        data.put("agencies", agencies);
        data.put("urls", urls);
        data.put("fmt", fmt);
        data.put("today", today);
        data.put("publication", publication);
        data.put(PageChrome.NAME, chrome);
        if (scripts.elderBoot() != null) {
            data.put("elderBoot", scripts.elderBoot());
        }
        data.put("pageScripts", scripts.pageScripts());
        data.put("siteImages", images);
        data.put("meta", page.meta());
        data.put("page", page.model());
        data.put("metadata", PageMetadata.of(site, urls, page.meta(), page.model()));
        data.put("openGraph", OpenGraph.of(site, urls, page.meta(), page.model()));
        data.put("structuredData", DocumentStructuredData.of(site, urls, page.meta(), page.model()));
        return data;
    }
}
