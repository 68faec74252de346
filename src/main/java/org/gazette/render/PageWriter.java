package org.gazette.render;

import java.io.File;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

/**
 * Renders pages through JBake: each page becomes a JBake document model whose type names the
 * template and whose URI is the output path, carrying the prepared template data, and JBake's
 * template engines render it. {@link #write} writes the page where JBake's {@code Renderer} would,
 * encoded in one call rather than through JBake's unbuffered writer; {@link #render} runs the same
 * template engine into any writer (a check, or a rebuild that writes only when it succeeds).
 * Safe to call from several threads at once.
 */
public final class PageWriter {

    /** Never started: Gazette keeps its own index, so JBake's OrientDB store is not needed. */
    private static final ContentStore UNUSED_STORE = new ContentStore("memory", "gazette-unused");

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
        PageText page = new PageText();
        render(kind, outputPath, data, page);
        Path file = file(kind, outputPath);
        Files.createDirectories(file.getParent());
        Files.write(file, page.encode(Charset.forName(configuration.getRenderEncoding())));
    }

    /**
     * The file JBake's {@code Renderer} writes a page to: below the destination folder, its extension
     * replaced by the one configured for the kind.
     */
    private Path file(String kind, String outputPath) {
        String path = configuration.getDestinationFolder().getPath() + File.separatorChar + outputPath;
        if (path.lastIndexOf('.') > path.lastIndexOf(File.separatorChar)) {
            path = path.substring(0, path.lastIndexOf('.'));
        }
        return Path.of(path + configuration.getOutputExtensionByDocType(kind));
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
