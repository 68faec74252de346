package org.gazette.components;

import com.fasterxml.jackson.databind.JsonNode;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gazette.content.DataReader;
import org.gazette.content.SiteData;
import org.gazette.pages.InlineScripts;
import org.gazette.pages.SiteImages;
import org.gazette.pages.PageGlobals;
import org.gazette.pages.PageMeta;
import org.gazette.pages.PlannedPage;
import org.gazette.render.GazetteTemplateEngine;
import org.gazette.render.JBakeSetup;
import org.gazette.site.Publication;
import org.gazette.testing.TestSite;
import org.gazette.validation.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Renders template components the way the build renders pages: the repository's real
 * {@code templates/}, Gazette's own FreeMarker engine ({@link GazetteTemplateEngine}, with its
 * escaping and object wrapping) and the typed page globals of {@link PageGlobals} read from a test
 * site's {@code data/} ({@link TestSite}: {@code https://kjj.example.gov.cn}, base path {@code /}).
 * An example of an example file renders alone (what the component writes) or as a page of its own
 * (valid HTML with the site's stylesheet, for the validator and the browser).
 */
public final class ComponentHarness {

    /** The components, and beside each its example file. */
    public static final Path COMPONENTS = TestSite.REPOSITORY.resolve("templates/components");

    /** The build day of the examples that do not name one. */
    public static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    /** How an example file is named after its component: {@code schedule.ftlh} → {@code schedule.examples.yaml}. */
    public static final String EXAMPLES = ".examples.yaml";

    private static final String FRAGMENT = "component-examples/fragment.ftlh";
    private static final String PAGE = "component-examples/page.ftlh";

    private final TestSite site;
    private final GazetteTemplateEngine engine;
    private final LocalDate day;
    private final SiteData data;
    private int sites;

    /**
     * @param folder a fresh temporary folder for the test site
     * @param day    the build day components see, unless an example names its own
     */
    public ComponentHarness(Path folder, LocalDate day) {
        try {
            this.site = TestSite.in(folder.resolve("site"));
            for (String template : List.of(FRAGMENT, PAGE)) {
                try (InputStream in = ComponentHarness.class.getResourceAsStream(template.replace("component-examples/", "example-"))) {
                    Files.createDirectories(site.path("templates/component-examples"));
                    Files.copy(in, site.path("templates").resolve(template));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Which template renders each kind of page matters only to JBake's page dispatch, not to rendering a template by name.
        this.engine = new GazetteTemplateEngine(JBakeSetup.configuration(site.root(), Map.of(), Map.of(), site.path("out")), null);
        this.day = day;
        this.data = read(site.root());
    }

    /** The component templates of the repository, by name ({@code schedule}), sorted. */
    public static List<String> components() {
        try (Stream<Path> files = Files.list(COMPONENTS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftlh"))
                    .map(n -> n.substring(0, n.length() - ".ftlh".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example file of a component. */
    public static Path examplesFile(String component) {
        return COMPONENTS.resolve(component + EXAMPLES);
    }

    /** Reads the example file of a component. */
    public static ComponentExamples examples(String component) {
        return ExampleData.read(examplesFile(component));
    }

    /**
     * Renders one macro of a component with Java values, on the harness's build day, and returns the
     * container of what it wrote: for tests that build their data in Java.
     */
    public Element render(String component, String macro, Map<String, Object> params) {
        Map<String, Object> example = example(component, "test", "", "main", List.of(call(macro, params)), false);
        return Jsoup.parseBodyFragment(render(FRAGMENT, globals(day, Publication.on(day), data, component), example)).body();
    }

    /** What an example renders, alone: the component's own markup. */
    public String fragment(ComponentExamples component, ComponentExamples.Example example) {
        return render(FRAGMENT, component, example);
    }

    /** An example rendered as a page of its own, valid HTML with the site's stylesheet and script. */
    public String page(ComponentExamples component, ComponentExamples.Example example) {
        return render(PAGE, component, example);
    }

    private String render(String template, ComponentExamples component, ComponentExamples.Example example) {
        List<Map<String, Object>> calls = calls(component, example);
        String where = component.macros().get(component.macrosOf(example).get(0)).where();
        boolean ownsSwitch = calls.stream().anyMatch(call -> call.get("macro").equals("elderSwitch"));
        Map<String, Object> model = example(component.component(), component.component() + " 组件示例：" + example.name(),
                example.description(), where, calls, !ownsSwitch);
        LocalDate today = example.today() != null ? example.today() : day;
        Publication publication = example.preview() == null ? Publication.on(today)
                : new Publication(today, example.preview().drafts(), example.preview().future());
        SiteData siteData = example.site() == null ? data : siteFrom(example.site());
        return render(template, globals(today, publication, siteData, component.component() + "/" + example.name()), model);
    }

    private String render(String template, Map<String, Object> globals, Map<String, Object> example) {
        Map<String, Object> model = new HashMap<>(globals);
        model.put("example", example);
        try {
            StringWriter out = new StringWriter();
            engine.render(template, model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new AssertionError("The component failed to render: " + e.getMessage(), e);
        }
    }

    /** The globals every template sees, made by {@link PageGlobals} as for a page of the build. */
    private static Map<String, Object> globals(LocalDate today, Publication publication, SiteData data, String name) {
        PageMeta meta = new PageMeta(name + " 组件示例", "components/" + name + "/", null, List.of(), null);
        return PageGlobals.of(data, publication, InlineScripts.read(TestSite.REPOSITORY, new Problems()),
                SiteImages.of(TestSite.REPOSITORY)).templateData(new PlannedPage("component-example",
                PlannedPage.indexFile(meta.path()), meta, null, "example " + name));
    }

    private static Map<String, Object> example(String component, String title, String description, String where,
                                               List<Map<String, Object>> calls, boolean elderSwitch) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("component", component);
        example.put("title", title);
        example.put("description", description);
        example.put("where", where);
        example.put("calls", calls);
        example.put("elderSwitch", elderSwitch);
        return example;
    }

    private static Map<String, Object> call(String macro, Map<String, Object> params) {
        return Map.of("macro", macro, "params", params);
    }

    /**
     * The macro calls of an example, its data converted to each parameter's declared type.
     *
     * @throws IllegalArgumentException for a macro or parameter the file does not document, a required
     *                                  parameter left out, or data that does not fit its type
     */
    static List<Map<String, Object>> calls(ComponentExamples component, ComponentExamples.Example example) {
        List<Map<String, Object>> calls = new ArrayList<>();
        for (String name : component.macrosOf(example)) {
            ComponentExamples.Macro macro = component.macros().get(name);
            if (macro == null) {
                throw new IllegalArgumentException("Example " + example.name() + " calls " + name
                        + ", which is not among the macros of " + component.component() + ": " + component.macros().keySet());
            }
            Map<String, Object> params = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> given : example.params().entrySet()) {
                ComponentExamples.Param param = macro.param(given.getKey());
                if (param == null) {
                    throw new IllegalArgumentException("Example " + example.name() + " gives " + given.getKey()
                            + ", which macro " + name + " does not take");
                }
                try {
                    params.put(param.name(), ExampleData.value(given.getValue(), param.type()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Example " + example.name() + ", parameter " + param.name()
                            + " (" + param.type() + "): " + e.getMessage(), e);
                }
            }
            for (ComponentExamples.Param param : macro.params()) {
                if (param.required() && !params.containsKey(param.name())) {
                    throw new IllegalArgumentException("Example " + example.name() + " leaves out " + param.name()
                            + ", which macro " + name + " requires");
                }
            }
            calls.add(call(name, params));
        }
        return calls;
    }

    /** The data of a site whose {@code data/site.yaml} is {@code siteYaml}, read as a build reads it. */
    private SiteData siteFrom(String siteYaml) {
        Path root = site.path("sites/" + (++sites));
        try {
            Files.createDirectories(root.resolve("data"));
            Files.writeString(root.resolve("data/site.yaml"), siteYaml);
            Files.copy(site.path("data/agencies.yaml"), root.resolve("data/agencies.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(root);
    }

    private static SiteData read(Path root) {
        Problems problems = new Problems();
        SiteData data = new DataReader(root, problems).read();
        if (problems.hasErrors()) {
            throw new IllegalArgumentException("The site data has mistakes: " + problems.errors());
        }
        return data;
    }
}
