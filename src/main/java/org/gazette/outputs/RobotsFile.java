package org.gazette.outputs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;

/**
 * The site's {@code robots.txt} (RFC 9309): every crawler may read every page, and the
 * {@code Sitemap} line tells it where the XML sitemap lists them all. Its address is reserved, so no
 * document can be published at {@code /robots.txt/}.
 */
public final class RobotsFile implements FileSource {

    /** The file below the site root. */
    public static final String PATH = "robots.txt";

    /** What the file is, in messages about its address. */
    public static final String ORIGIN = "robots.txt（搜索引擎抓取规则）";

    @Override
    public List<OutputFile> files(SiteIndex site, LocalDate today, Urls urls) {
        String text = text(urls);
        return List.of(new OutputFile(PATH, ORIGIN, text, out -> out.write(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** An empty Disallow allows everything: the original form, which every crawler reads. */
    static String text(Urls urls) {
        return "User-agent: *\nDisallow:\n\nSitemap: " + urls.absolute("sitemap.xml") + "\n";
    }
}
