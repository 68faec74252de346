package org.gazette.outputs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.site.Urls;

/**
 * The site's {@code robots.txt} (RFC 9309): every crawler may read every page, and the
 * {@code Sitemap} line tells it where the XML sitemap lists them all. Its address is reserved, so no
 * document can be published at {@code /robots.txt/}.
 */
public final class RobotsFile implements Output {

    /** The file below the site root. */
    public static final String PATH = "robots.txt";

    /** What the file is, in messages about its address. */
    public static final String ORIGIN = "robots.txt（搜索引擎抓取规则）";

    @Override
    public String name() {
        return "robots.txt";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.TEXT;
    }

    @Override
    public List<String> paths() {
        return List.of(PATH);
    }

    @Override
    public Inputs inputs() {
        return Inputs.none().data("site.yaml");
    }

    @Override
    public Rendering rendering() {
        return Rendering.writer();
    }

    /** The text is all the file is made from: the rebuild compares it to skip an unchanged file. */
    @Override
    public List<? extends Product> plan(SiteContext context) {
        String text = text(context.urls());
        return List.of(new OutputFile(PATH, ORIGIN, text, out -> out.write(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** An empty Disallow allows everything: the original form, which every crawler reads. */
    static String text(Urls urls) {
        return "User-agent: *\nDisallow:\n\nSitemap: " + urls.absolute("sitemap.xml") + "\n";
    }
}
