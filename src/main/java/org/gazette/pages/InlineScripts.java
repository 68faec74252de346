package org.gazette.pages;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.validation.Problems;

/**
 * The site's scripts that pages carry in their own text, each allowed by its hash in the page's policy
 * ({@code templates/layout.ftlh}), so that none of them waits for a request of its own:
 * <ul>
 *   <li>{@link #ELDER_BOOT}, in every page's head, applies a remembered 长者模式 before the first paint;
 *       it is not published as a file;
 *   <li>{@link #PAGE_SCRIPTS}, a page's own script (the layout's {@code script}): {@code search.js} starts
 *       the query's index requests while the search page is still being parsed. Under a throttled CPU a
 *       linked script arrived and ran only after the page's first layout, 100 ms and more later
 *       (docs/performance.md). It is published as a file as well, for a site whose own templates still
 *       link it.
 * </ul>
 *
 * @param elderBoot   the 长者模式 boot, or null for a site without {@link #ELDER_BOOT} (then a remembered choice
 *                    applies once site.js runs)
 * @param pageScripts the page scripts the site has, by their path below the site root
 */
public record InlineScripts(InlineScript elderBoot, Map<String, InlineScript> pageScripts) {

    /** The 长者模式 boot's source, below the site root; {@code build.AssetCopier} does not publish it. */
    public static final String ELDER_BOOT = "assets/js/elder-boot.js";

    /** Page scripts a page names as its own and gets written in. */
    public static final List<String> PAGE_SCRIPTS = List.of("assets/js/search.js");

    /** No inline scripts: pages link their own script, and 长者模式 waits for site.js. */
    public static final InlineScripts NONE = new InlineScripts(null, Map.of());

    public InlineScripts {
        pageScripts = Map.copyOf(pageScripts);
    }

    /** The scripts of the site at {@code siteRoot}, each minified; a script that cannot be carried inline is reported. */
    public static InlineScripts read(Path siteRoot, Problems problems) {
        Map<String, InlineScript> pageScripts = new LinkedHashMap<>();
        for (String source : PAGE_SCRIPTS) {
            InlineScript script = InlineScript.read(siteRoot, source, problems);
            if (script != null) {
                pageScripts.put(source, script);
            }
        }
        return new InlineScripts(InlineScript.read(siteRoot, ELDER_BOOT, problems), pageScripts);
    }
}
