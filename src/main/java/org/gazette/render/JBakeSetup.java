package org.gazette.render;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

/**
 * Builds the JBake configuration for one build from Gazette's own settings: which template renders
 * each kind of page, and where output goes. It deliberately leaves out JBake's defaults and system
 * properties, so JBake's per-page copy of the configuration for templates stays small.
 */
public final class JBakeSetup {

    private JBakeSetup() {
    }

    /**
     * @param siteRoot   the site's source folder
     * @param templates  template file per page kind, e.g. {@code document → document.ftlh}
     * @param extensions output file extension per page kind when not {@code .html}, e.g. {@code feed → .xml}
     * @param output     the folder pages are written into
     */
    public static DefaultJBakeConfiguration configuration(Path siteRoot, Map<String, String> templates,
                                                          Map<String, String> extensions, Path output) {
        java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("template.folder", "templates");
        settings.put("content.folder", "content");
        settings.put("asset.folder", "assets");
        settings.put("data.folder", "data");
        settings.put("destination.folder", output.toAbsolutePath().toString());
        settings.put("render.encoding", "UTF-8");
        settings.put("template.encoding", "UTF-8");
        settings.put("output.extension", ".html");
        settings.put("draft.suffix", "-draft");
        templates.forEach((kind, file) -> settings.put("template." + kind + ".file", file));
        extensions.forEach((kind, extension) -> settings.put("template." + kind + ".extension", extension));
        CompositeConfiguration composite = new CompositeConfiguration();
        composite.addConfiguration(new MapConfiguration(settings));
        DefaultJBakeConfiguration configuration = new DefaultJBakeConfiguration(siteRoot.toFile(), composite);
        configuration.setDestinationFolder(new File(output.toAbsolutePath().toString()));
        return configuration;
    }
}
