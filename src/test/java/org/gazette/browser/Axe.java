package org.gazette.browser;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core (the copy bundled with {@code com.deque.html.axe-core:selenium}), run in the browser over
 * the loaded page. The script is injected once per page load and asked only for violations:
 * AxeBuilder's default path opens a second window and re-sends the half-megabyte script for every
 * check, which would make checking every page at three sizes several times slower.
 */
final class Axe {

    /** The WCAG 2.0 and 2.1 level A and AA rules: the site's promise in 无障碍声明. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, JSON.parse(arguments[0]))
                .then(function (r) { done(JSON.stringify(r)); }, function (e) { done(JSON.stringify({error: String(e)})); });
            """;
    private static String source;

    private Axe() {
    }

    /** The violations of the WCAG 2.1 A and AA rules on the loaded page. */
    static List<Rule> wcagViolations(Browser browser) {
        return run(browser, Map.of("type", "tag", "values", WCAG_21_AA));
    }

    /** The violations of the named rules only. */
    static List<Rule> violationsOf(Browser browser, List<String> rules) {
        return run(browser, Map.of("type", "rule", "values", rules));
    }

    private static List<Rule> run(Browser browser, Map<String, Object> runOnly) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(script());
        }
        try {
            String options = JSON.writeValueAsString(Map.of("runOnly", runOnly, "resultTypes", List.of("violations")));
            String answer = (String) browser.driver().executeAsyncScript(RUN, options);
            JsonNode tree = JSON.readTree(answer);
            if (tree.has("error") || !tree.has("violations")) {
                throw new IllegalStateException("axe-core failed: " + answer);
            }
            return JSON.treeToValue(tree, Results.class).getViolations();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String script() {
        if (source == null) {
            try {
                source = new EmbeddedResourceAxeProvider().getScript();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the axe-core script", e);
            }
        }
        return source;
    }

    /** One line per failing element: rule, impact, element, and what axe says to fix. */
    static String describe(List<Rule> violations) {
        return violations.stream().flatMap(rule -> rule.getNodes().stream().map(node -> line(rule, node)))
                .collect(Collectors.joining("\n", "\n", ""));
    }

    private static String line(Rule rule, CheckedNode node) {
        return "  " + rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + " " + abbreviate(node.getHtml())
                + "\n      " + rule.getHelp() + " — " + String.valueOf(node.getFailureSummary()).replace("\n", " ");
    }

    private static String abbreviate(String html) {
        return html == null || html.length() <= 160 ? html : html.substring(0, 160) + "…";
    }
}
