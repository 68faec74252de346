package org.gazette.components;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One component's example file, {@code templates/components/<name>.examples.yaml}: what each of its
 * macros takes, and named examples that are at once its documentation and its test fixtures.
 *
 * @param component   the component's name, the file name of its template without {@code .ftlh}
 * @param description what the component is for
 * @param macros      every macro the template defines, by name, in the order written
 * @param examples    the named examples, each a call of one or more of the macros with data
 * @param source      the example file (set when read, not written in it)
 */
public record ComponentExamples(String component, String description, LinkedHashMap<String, Macro> macros,
                                List<Example> examples, Path source) {

    public ComponentExamples {
        Objects.requireNonNull(component, "component");
        macros = macros == null ? new LinkedHashMap<>() : macros;
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /** The same file, remembered as read from {@code file}. */
    ComponentExamples from(Path file) {
        return new ComponentExamples(component, description, macros, examples, file);
    }

    /** The macros pages call, leaving out helpers the template uses itself. */
    public Map<String, Macro> publicMacros() {
        Map<String, Macro> result = new LinkedHashMap<>();
        macros.forEach((name, macro) -> {
            if (!macro.helper()) {
                result.put(name, macro);
            }
        });
        return result;
    }

    /**
     * The macros an example calls, in order: those it names, or the component's only public macro.
     *
     * @throws IllegalArgumentException when it names none and the component has several
     */
    public List<String> macrosOf(Example example) {
        if (!example.macro().isEmpty()) {
            return example.macro();
        }
        List<String> names = List.copyOf(publicMacros().keySet());
        if (names.size() != 1) {
            throw new IllegalArgumentException(component + " has the macros " + names
                    + ": example " + example.name() + " must name the one it calls (macro:)");
        }
        return names;
    }

    /**
     * One macro of the component.
     *
     * @param description what it renders
     * @param helper      true for a macro only the template itself (or another component) calls
     * @param where       where in a page its markup belongs: {@code main} (the default), {@code body} (after
     *                    {@code <main>}, as the footer) or {@code head}
     * @param params      its parameters in the order the macro declares them
     */
    public record Macro(String description, boolean helper, String where, List<Param> params) {

        public Macro {
            where = where == null ? "main" : where;
            params = params == null ? List.of() : List.copyOf(params);
        }

        /** The parameter called {@code name}, or null. */
        public Param param(String name) {
            return params.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }
    }

    /**
     * One parameter of a macro.
     *
     * @param name        as the macro declares it
     * @param type        {@code string}, {@code number}, {@code boolean}, a Java class such as
     *                    {@code org.gazette.pages.Crumb}, or {@code list of} one of them
     * @param required    true when every call must give it
     * @param defaultValue what the macro uses when it is not given (the {@code default} key), or null
     * @param description what it means
     */
    public record Param(String name, String type, boolean required,
                        @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue,
                        String description) {
    }

    /**
     * A named example.
     *
     * @param name        short and unique within the file, e.g. {@code soon}; it names the test and the page
     * @param description the state it shows, in a sentence
     * @param macro       the macros it calls, in order (one name, or a list when a component's macros go together)
     * @param today       the build day it is rendered on, or null for the harness's day
     * @param preview     the preview settings ({@code drafts}, {@code future}), or null for a real build
     * @param site        a {@code data/site.yaml} to read instead of the test site's, or null
     * @param params      the data handed to each macro, by parameter name; converted to the declared types
     * @param nothing     true when the example must render nothing at all (an empty case)
     * @param expect      what the rendered component must show
     */
    public record Example(String name, String description, List<String> macro, LocalDate today, Preview preview,
                          String site, Map<String, JsonNode> params, boolean nothing, List<Expectation> expect) {

        public Example {
            macro = macro == null ? List.of() : List.copyOf(macro);
            params = params == null ? Map.of() : Map.copyOf(params);
            expect = expect == null ? List.of() : List.copyOf(expect);
        }
    }

    /** A preview build's settings: drafts and documents scheduled for later days shown (and marked). */
    public record Preview(boolean drafts, boolean future) {
    }

    /**
     * One thing the rendered example must show, as a CSS selector (jsoup's dialect) and what matches it.
     * With {@code select} alone, at least one element matches.
     *
     * @param select   the elements meant
     * @param absent   a selector that must match nothing (instead of {@code select})
     * @param count    how many elements match
     * @param text     the first match's text, whitespace normalised
     * @param texts    every match's text, in order (when not empty)
     * @param attr     attributes of the first match and their values
     */
    public record Expectation(String select, String absent, Integer count, String text, List<String> texts,
                              Map<String, String> attr) {

        public Expectation {
            texts = texts == null ? List.of() : List.copyOf(texts);
            attr = attr == null ? Map.of() : Map.copyOf(attr);
        }
    }
}
