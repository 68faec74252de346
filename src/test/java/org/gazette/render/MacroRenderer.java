package org.gazette.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gazette.FixtureFiles;
import org.gazette.format.Formats;
import org.gazette.site.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Renders one component macro of the site's {@code templates/} through {@link GazetteTemplateEngine},
 * the way pages render it, by way of a small wrapper template written beside a copy of the templates.
 */
public final class MacroRenderer {

    private final Path root;
    private final GazetteTemplateEngine engine;
    private int wrappers;

    /** @param scratch an empty folder to copy the templates into */
    public MacroRenderer(Path scratch) {
        this.root = scratch;
        FixtureFiles.copyTree(Path.of("templates"), scratch.resolve("templates"));
        this.engine = new GazetteTemplateEngine(
                JBakeSetup.configuration(scratch, Map.of(), Map.of(), scratch.resolve("out")), null);
    }

    /**
     * Renders {@code <#import "components/<component>.ftlh" as c><@c.<call>/>} with the given data
     * beside the site-wide {@code urls} (base path {@code /}) and {@code fmt}, and parses the result.
     */
    public Element render(String component, String call, Map<String, Object> data) {
        String name = "test-wrapper-" + (++wrappers) + ".ftlh";
        String wrapper = "<#import \"components/" + component + ".ftlh\" as c><@c." + call + "/>";
        Map<String, Object> model = new HashMap<>(data);
        model.put("urls", new Urls("https://example.gov.cn", "/"));
        model.put("fmt", new Formats());
        try {
            Files.writeString(root.resolve("templates").resolve(name), wrapper);
            StringWriter out = new StringWriter();
            engine.render(name, model, out);
            return Jsoup.parseBodyFragment(out.toString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (freemarker.template.TemplateException e) {
            throw new IllegalStateException(e);
        }
    }
}
