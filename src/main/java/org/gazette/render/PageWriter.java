package org.gazette.render;

import java.io.File;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.TemplateEngines;
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

    private final TemplateEngines engines;
    private final Map<String, String> templateOfKind = new ConcurrentHashMap<>();
    private final Map<String, String> extensionOfKind = new ConcurrentHashMap<>();
    private final Charset encoding;
    private final DefaultJBakeConfiguration configuration;
    private final boolean templatesMissing;
    private final Folders folders = new Folders();

    /**
     * @param output the folder {@link #write} writes into; null when pages are only rendered
     */
    public PageWriter(Path siteRoot, Map<String, String> templates, Map<String, String> extensions, Path output) {
        Path destination = output == null ? siteRoot.resolve("target").resolve("unused") : output;
        this.configuration = JBakeSetup.configuration(siteRoot, templates, extensions, destination);
        this.engines = new TemplateEngines(configuration, UNUSED_STORE);
        this.encoding = Charset.forName(configuration.getRenderEncoding());
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
        folders.makeParentOf(file);
        page.writeTo(file, encoding);
    }

    /**
     * The folders {@link #write} made below the output folder, for whatever else a build writes
     * there: each folder is then created once, by whichever writes into it first.
     */
    public Folders folders() {
        return folders;
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
        return Path.of(path + extensionOfKind.computeIfAbsent(kind, configuration::getOutputExtensionByDocType));
    }

    /**
     * Renders one page into {@code out} with the JBake template engine registered for its template's
     * extension. JBake's {@code DelegatingTemplateEngine} would also copy the whole configuration
     * into every page's model and look for the template file on disk for every page; Gazette's
     * templates read neither, and a missing template is reported by the engine itself.
     */
    public void render(String kind, String outputPath, Map<String, Object> data, Writer out) throws Exception {
        requireTemplates();
        String template = templateOfKind.computeIfAbsent(kind, configuration::getTemplateByDocType);
        AbstractTemplateEngine engine = engines.getEngine(FileUtil.fileExt(template));
        if (engine == null) {
            throw new IllegalStateException("No template engine for " + template);
        }
        TemplateModel templateModel = new TemplateModel();
        templateModel.setContent(model(kind, outputPath, data));
        engine.renderDocument(templateModel, template, out);
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
