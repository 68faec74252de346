package org.gazette.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.TimeZone;
import org.gazette.markup.SafeHtml;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;

/**
 * FreeMarker for Gazette's templates, plugged into JBake through
 * {@code META-INF/org.jbake.parser.TemplateEngines.properties}.
 *
 * <p>Unlike JBake's stock FreeMarker engine it escapes every value by default ({@code .ftlh} and
 * {@code .ftlx} templates), prints {@link SafeHtml} as markup without {@code ?no_esc}, exposes
 * record components as properties ({@link GazetteObjectWrapper}), and hands templates the page model JBake carries in its
 * document map instead of a lazily queried content store.
 */
public final class GazetteTemplateEngine extends AbstractTemplateEngine {

    /** Key of the JBake document map under which the page's template data travels. */
    public static final String DATA_KEY = "gazette";

    static {
        // FreeMarker picks Log4j 1 whenever some jar brings it (the HTML validator does, in tests), and
        // then prints warnings about its own cache; through SLF4J it logs where Gazette's libraries do.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        }
    }

    private static final Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration freemarker;

    public GazetteTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        this.freemarker = configure(config);
    }

    private static Configuration configure(JBakeConfiguration config) {
        Configuration cfg = new Configuration(VERSION);
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(config.getTemplateFolder()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read templates from " + config.getTemplateFolder(), e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        // A build reads each template once; the preview server makes a new engine per change.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setObjectWrapper(new GazetteObjectWrapper(VERSION));
        // A build hands templates its own PageChrome, which remembers the chrome; rendered alone, a
        // template still finds the directive.
        cfg.setSharedVariable(PageChrome.NAME, PageChrome.uncached());
        return cfg;
    }

    @Override
    public void renderDocument(org.jbake.template.model.TemplateModel model, String templateName, Writer writer)
            throws RenderingException {
        Object data = model.getContent().get(DATA_KEY);
        try {
            Template template = freemarker.getTemplate(templateName);
            if (writer instanceof PageText text) {
                template.process(data, text);
                return;
            }
            // Templates write many short strings; encoding them one by one into an unbuffered
            // file writer cost more than rendering into memory and writing the page at once.
            StringWriter page = new StringWriter(64 * 1024);
            template.process(data, page);
            writer.write(page.getBuffer().toString());
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /** Renders a template directly, for component tests and non-page outputs. */
    public void render(String templateName, Object data, Writer writer) throws IOException, TemplateException {
        freemarker.getTemplate(templateName).process(data, writer);
    }
}
