package org.gazette.render;

import java.io.Writer;
import java.nio.file.Files;
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
 * Renders pages through JBake: each page becomes a JBake document model whose type names the
 * template and whose URI is the output path, carrying the prepared template data. {@link #write}
 * hands it to JBake's {@link Renderer}, which writes the file; {@link #render} runs the same
 * template engine into any writer (a check, or a rebuild that writes only when it succeeds).
 * Safe to call from several threads at once.
 */
public final class PageWriter {

    /** Never started: Gazette keeps its own index, so JBake's OrientDB store is not needed. */
    private static final ContentStore UNUSED_STORE = new ContentStore("memory", "gazette-unused");

    private final Renderer renderer;
    private final DelegatingTemplateEngine engine;
    private final DefaultJBakeConfiguration configuration;
    private final boolean templatesMissing;

    /**
     * @param output the folder {@link #write} writes into; null when pages are only rendered
     */
    public PageWriter(Path siteRoot, Map<String, String> templates, Map<String, String> extensions, Path output) {
        Path destination = output == null ? siteRoot.resolve("target").resolve("unused") : output;
        this.configuration = JBakeSetup.configuration(siteRoot, templates, extensions, destination);
        this.engine = new DelegatingTemplateEngine(UNUSED_STORE, configuration);
        this.renderer = new Renderer(UNUSED_STORE, configuration, engine);
        // Without the folder JBake has no engine for the templates and would write every page empty.
        this.templatesMissing = !Files.isDirectory(configuration.getTemplateFolder().toPath());
    }

    /**
     * Renders one page into the output folder.
     *
     * @param kind       the page kind, which selects the template ({@code template.<kind>.file})
     * @param outputPath the file to write below the output folder, e.g. {@code notices/2022/a/index.html}
     * @param data       what the template sees at its top level
     */
    public void write(String kind, String outputPath, Map<String, Object> data) throws Exception {
        requireTemplates();
        renderer.render(model(kind, outputPath, data));
    }

    /** Renders one page into {@code out}. */
    public void render(String kind, String outputPath, Map<String, Object> data, Writer out) throws Exception {
        requireTemplates();
        TemplateModel templateModel = new TemplateModel();
        templateModel.setContent(model(kind, outputPath, data));
        engine.renderDocument(templateModel, configuration.getTemplateByDocType(kind), out);
    }

    private void requireTemplates() throws MissingTemplatesException {
        if (templatesMissing) {
            throw new MissingTemplatesException(configuration.getTemplateFolder().toPath());
        }
    }

    private static DocumentModel model(String kind, String outputPath, Map<String, Object> data) {
        DocumentModel model = new DocumentModel();
        model.setType(kind);
        model.setUri(outputPath);
        model.setStatus(ModelAttributes.Status.PUBLISHED);
        model.put(GazetteTemplateEngine.DATA_KEY, data);
        return model;
    }
}
