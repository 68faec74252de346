package org.gazette.render;

import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

/**
 * Writes pages through JBake's {@link Renderer}: each page becomes a JBake document model whose type
 * names the template and whose URI is the output path, carrying the prepared template data. Safe to
 * call from several threads at once; each call writes its own file.
 */
public final class PageWriter {

    /** Never started: Gazette keeps its own index, so JBake's OrientDB store is not needed. */
    private static final ContentStore UNUSED_STORE = new ContentStore("memory", "gazette-unused");

    private final Renderer renderer;
    private final DelegatingTemplateEngine engine;
    private final DefaultJBakeConfiguration configuration;
    private final boolean dryRun;

    /**
     * @param output the folder pages are written into, or null to render every page without writing
     *               it (a check: template mistakes are found, nothing is written)
     */
    public PageWriter(Path siteRoot, Map<String, String> templates, Map<String, String> extensions, Path output) {
        this.dryRun = output == null;
        Path destination = dryRun ? siteRoot.resolve("target").resolve("unused") : output;
        this.configuration = JBakeSetup.configuration(siteRoot, templates, extensions, destination);
        this.engine = new DelegatingTemplateEngine(UNUSED_STORE, configuration);
        this.renderer = new Renderer(UNUSED_STORE, configuration, engine);
    }

    /**
     * Renders one page.
     *
     * @param kind       the page kind, which selects the template ({@code template.<kind>.file})
     * @param outputPath the file to write below the output folder, e.g. {@code notices/2022/a/index.html}
     * @param data       what the template sees at its top level
     */
    public void write(String kind, String outputPath, Map<String, Object> data) throws Exception {
        DocumentModel model = new DocumentModel();
        model.setType(kind);
        model.setUri(outputPath);
        model.setStatus(ModelAttributes.Status.PUBLISHED);
        model.put(GazetteTemplateEngine.DATA_KEY, data);
        if (dryRun) {
            TemplateModel templateModel = new TemplateModel();
            templateModel.setContent(model);
            engine.renderDocument(templateModel, configuration.getTemplateByDocType(kind), Writer.nullWriter());
        } else {
            renderer.render(model);
        }
    }
}
