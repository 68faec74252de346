package org.gazette.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gazette.testing.NuChecker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every template component is documented by its example file and renders every example as the file
 * says: without error, showing what the example expects (or nothing, for an empty case), and as
 * valid HTML to the W3C Nu checker on a page of its own, where its macro says it belongs. A component
 * without an example file, a macro the file does not document, a parameter documented under another
 * name than the macro's, or a macro without an example fails.
 */
class ComponentExamplesTest {

    private static final Pattern MACRO = Pattern.compile("<#macro\\s+([^>]*?)\\s*>");

    @TempDir
    static Path folder;

    static ComponentHarness harness;
    static NuChecker nu;

    @BeforeAll
    static void setUp() {
        harness = new ComponentHarness(folder, ComponentHarness.DAY);
        nu = new NuChecker();
    }

    @TestFactory
    Stream<DynamicNode> everyComponentRendersEveryExampleAsItsFileSays() {
        return ComponentHarness.components().stream().map(component -> {
            Path file = ComponentHarness.examplesFile(component);
            if (!Files.isRegularFile(file)) {
                return dynamicTest(component + " has an example file", () -> {
                    throw new AssertionError("templates/components/" + component + ".ftlh has no example file "
                            + "templates/components/" + file.getFileName() + ": document its macros and add examples "
                            + "(docs/architecture.md, \"Template components\")");
                });
            }
            ComponentExamples examples;
            try {
                examples = ComponentHarness.examples(component);
            } catch (AssertionError unreadable) {
                return dynamicTest(component + " has a readable example file", () -> {
                    throw unreadable;
                });
            }
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(dynamicTest("documents every macro as the template declares it", () -> documentsMacros(examples)));
            examples.examples().forEach(example -> tests.add(dynamicTest(example.name(), () -> rendersAsSaid(examples, example))));
            return dynamicContainer(component, tests);
        });
    }

    @Test
    void everyExampleFileBelongsToAComponent() throws IOException {
        try (Stream<Path> files = Files.list(ComponentHarness.COMPONENTS)) {
            List<String> orphans = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(ComponentHarness.EXAMPLES))
                    .map(n -> n.substring(0, n.length() - ComponentHarness.EXAMPLES.length()))
                    .filter(name -> !ComponentHarness.components().contains(name)).toList();
            assertThat(orphans).as("example files without a component").isEmpty();
        }
    }

    private static void documentsMacros(ComponentExamples examples) throws IOException {
        assertThat(examples.component()).as("component: in %s", examples.source().getFileName())
                .isEqualTo(examples.source().getFileName().toString().replace(ComponentHarness.EXAMPLES, ""));
        assertThat(examples.description()).as("description of %s", examples.component()).isNotBlank();
        Map<String, List<String>> declared = declaredMacros(examples.component());
        Map<String, List<String>> documented = new LinkedHashMap<>();
        examples.macros().forEach((name, macro) -> documented.put(name, macro.params().stream()
                .map(ComponentExamples.Param::name).toList()));
        assertThat(documented).as("macros and their parameters in %s, as the template declares them",
                examples.source().getFileName()).isEqualTo(declared);
        examples.macros().forEach((name, macro) -> {
            assertThat(macro.description()).as("description of macro %s", name).isNotBlank();
            assertThat(macro.where()).as("where of macro %s", name).isIn("main", "body", "head");
            macro.params().forEach(param -> {
                assertThat(param.description()).as("description of %s.%s", name, param.name()).isNotBlank();
                assertThat(param.type()).as("type of %s.%s", name, param.name()).isNotBlank();
                ExampleData.javaType(param.type());
            });
        });
        assertThat(examples.examples()).as("examples of %s", examples.component()).isNotEmpty();
        assertThat(examples.examples().stream().map(ComponentExamples.Example::name).distinct().count())
                .as("example names of %s are unique", examples.component()).isEqualTo(examples.examples().size());
        List<String> called = examples.examples().stream().flatMap(e -> examples.macrosOf(e).stream()).distinct().toList();
        assertThat(called).as("macros with an example in %s", examples.component())
                .containsAll(examples.publicMacros().keySet());
    }

    /** Each macro of a component's template with its parameter names, in the order written. */
    private static Map<String, List<String>> declaredMacros(String component) throws IOException {
        String template = Files.readString(ComponentHarness.COMPONENTS.resolve(component + ".ftlh"));
        Map<String, List<String>> macros = new LinkedHashMap<>();
        Matcher m = MACRO.matcher(template);
        while (m.find()) {
            List<String> words = Arrays.asList(m.group(1).split("\\s+"));
            macros.put(words.get(0), words.subList(1, words.size()).stream()
                    .map(word -> word.contains("=") ? word.substring(0, word.indexOf('=')) : word).toList());
        }
        return macros;
    }

    /** Where in a page its markup is: {@code head}, {@code main}, or {@code body} after {@code main}. */
    private static String placement(String page, String markup) {
        int at = page.indexOf(markup);
        if (at < 0) {
            return "nowhere";
        }
        if (at < page.indexOf("</head>")) {
            return "head";
        }
        return at > page.indexOf("<main") && at < page.indexOf("</main>") ? "main" : "body";
    }

    private static void rendersAsSaid(ComponentExamples component, ComponentExamples.Example example) throws IOException {
        assertThat(example.description()).as("description of example %s", example.name()).isNotBlank();
        String fragment = harness.fragment(component, example);
        assertThat(ExampleExpectations.failures(example, fragment))
                .as("%s, example %s, rendered:%n%s", component.component(), example.name(), fragment).isEmpty();
        Path page = folder.resolve("pages").resolve(component.component() + "-" + example.name() + ".html");
        Files.createDirectories(page.getParent());
        String html = harness.page(component, example);
        Files.writeString(page, html);
        if (!example.nothing()) {
            assertThat(placement(html, fragment.strip())).as("where the page of %s, example %s, puts the component",
                    component.component(), example.name())
                    .isEqualTo(component.macros().get(component.macrosOf(example).get(0)).where());
        }
        NuChecker.Report report = nu.check(page);
        assertThat(report.errors()).as("Nu HTML Checker errors on the page of %s, example %s:%n%s",
                component.component(), example.name(), Files.readString(page)).isEmpty();
    }
}
