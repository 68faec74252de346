package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The site in Firefox as well as Chromium: Debian's firefox-esr, driven over WebDriver BiDi by
 * {@code src/test/js/firefox-checks.mjs} (puppeteer-core from the committed package-lock.json;
 * Debian has no geckodriver). One page of every page type is checked with axe-core's WCAG 2.1 A and
 * AA rules at 1280 px, at 375 px and at 375 px in 长者模式, with 长者模式's measures (ElderModeIT's
 * text size, line height, target size and 7:1 contrast) on the phone, no script error in the console
 * and no request to another host; the header's search box finds and marks a Chinese word; the skip link
 * and the visible focus work with the keyboard; without JavaScript the search page points to the
 * lists and 长者模式 still switches. Firefox runs once, in one session, before the tests; each test
 * then reads what one check found, so a failure names the page, the view and the rule. axe-core is
 * the version the Chromium suite bundles, so both browsers are held to the same rules.
 */
class FirefoxIT {

    /** What is checked on every planned page, named as the script reports it. */
    private static final List<String> PAGE_CHECKS = List.of("axe at 1280 px", "axe at 375 px", "axe at 375 px in 长者模式",
            "长者模式 measures at 375 px", "console errors", "requests to other hosts");
    /** What is checked once for the site, named as the script reports it. */
    private static final List<String> SITE_CHECKS = List.of("search from the header box", "skip link", "visible focus",
            "without JavaScript");
    /** A word of the baked site's plans, in a place name (SearchIT searches it in Chromium). */
    private static final String QUERY = "沙坡头";
    private static final Path WORK = Path.of("target", "firefox");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_MINUTES = 15;

    private static SiteServer server;
    private static Map<String, BuiltSite.Page> planned;
    private static JsonNode results;

    @BeforeAll
    static void runTheChecksInFirefox() throws Exception {
        BuiltSite site = BuiltSite.get();
        server = SiteServer.start(site.root(), site.basePath());
        planned = PageTypes.oneOfEach(site);
        Files.createDirectories(WORK);
        Path planFile = WORK.resolve("plan.json");
        Path resultsFile = WORK.resolve("results.json");
        Path log = WORK.resolve("firefox-checks.log");
        Files.deleteIfExists(resultsFile);
        JSON.writerWithDefaultPrettyPrinter().writeValue(planFile.toFile(), plan(site));

        Path script = site.sources().resolve("src/test/js/firefox-checks.mjs");
        Process node = new ProcessBuilder(System.getProperty("gazette.node", "node"), script.toString(),
                planFile.toAbsolutePath().toString(), resultsFile.toAbsolutePath().toString())
                .directory(site.sources().toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!node.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
            throw new AssertionError("The Firefox checks took more than " + TIMEOUT_MINUTES + " minutes:\n" + tail(log));
        }
        if (node.exitValue() != 0 || !Files.exists(resultsFile)) {
            throw new AssertionError("The Firefox checks failed (exit " + node.exitValue() + "); is `npm ci` done"
                    + " and firefox-esr installed (.ci/install-deps)?\n" + tail(log));
        }
        results = JSON.readTree(resultsFile.toFile());
        System.out.printf("FirefoxIT: %s checked %d pages in %.0f s%n", results.path("browser").asText(),
                planned.size(), results.path("seconds").asDouble());
    }

    @AfterAll
    static void stopServing() {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> onePageOfEachTypeIsAxeCleanLargeInElderModeQuietAndLocalInFirefox() {
        return planned.keySet().stream().flatMap(name -> PAGE_CHECKS.stream().map(check -> dynamicTest(name + " " + check,
                () -> assertClean(results.path("pages").path(name), check, name + " in Firefox"))));
    }

    @TestFactory
    Stream<DynamicTest> searchKeyboardAndNoScriptWorkInFirefox() {
        return SITE_CHECKS.stream().map(check -> dynamicTest(check,
                () -> assertClean(results.path("site"), check, "the site in Firefox")));
    }

    @Test
    void everyPageKindOfTheSiteIsAmongThePagesCheckedInFirefox() {
        Set<String> kinds = BuiltSite.get().pages().stream().map(PageTypes::kind).collect(Collectors.toSet());

        assertThat(planned.values().stream().map(PageTypes::kind).collect(Collectors.toSet())).isEqualTo(kinds);
        assertThat(kinds).contains("page-home", "page-document", "page-list", "page-search", "page-404");
    }

    @Test
    void firefoxRunsTheSameAxeCoreAsChromium() throws Exception {
        String installed = JSON.readTree(BuiltSite.get().sources().resolve("node_modules/axe-core/package.json").toFile())
                .path("version").asText();
        String bundled = new EmbeddedResourceAxeProvider().getScript().lines().findFirst().orElse("");

        assertThat(bundled).as("the axe-core bundled for Chromium (com.deque.html.axe-core:selenium); package.json pins %s",
                installed).isEqualTo("/*! axe v" + installed);
    }

    private static void assertClean(JsonNode checks, String check, String where) {
        assertThat(checks.has(check)).as("the Firefox run reported “%s” for %s", check, where).isTrue();
        List<String> problems = new ArrayList<>();
        checks.get(check).forEach(problem -> problems.add(problem.asText()));
        assertThat(problems).withFailMessage("%s: %s:%s", where, check,
                problems.stream().map(p -> "\n  " + p).collect(Collectors.joining())).isEmpty();
    }

    private static Map<String, Object> plan(BuiltSite site) {
        String notice = url(site.pageOf(site.documents().get(0)));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("firefox", System.getProperty("gazette.firefox", "/usr/bin/firefox-esr"));
        plan.put("origin", "http://" + server.origin());
        plan.put("tags", Axe.WCAG_21_AA);
        plan.put("desktop", viewport(Viewport.DESKTOP));
        plan.put("phone", viewport(Viewport.PHONE));
        plan.put("pages", planned.entrySet().stream().map(e -> Map.of("name", e.getKey(), "url", url(e.getValue()))).toList());
        plan.put("search", Map.of("url", notice, "query", QUERY));
        plan.put("keyboard", Map.of("url", notice));
        plan.put("noScript", Map.of("notice", notice, "search", server.uri("search/").toString()));
        plan.put("elderMeasures", List.of(ElderModeIT.MIN_TEXT_PX, ElderModeIT.MIN_LINE_HEIGHT, ElderModeIT.MIN_TARGET_PX));
        plan.put("scripts", Map.of("focusables", PageScripts.source("focusables.js"),
                "focusState", PageScripts.source("focus-state.js"), "pageHelpers", PageScripts.source("page-helpers.js"),
                "elderMeasures", PageScripts.source("elder-measures.js")));
        return plan;
    }

    private static Map<String, Object> viewport(Viewport viewport) {
        return Map.of("width", viewport.width(), "height", viewport.height(), "mobile", viewport.mobile());
    }

    private static String url(BuiltSite.Page page) {
        return server.uri(page.href()).toString();
    }

    private static String tail(Path log) {
        try {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
            return text.length() <= 4000 ? text : "…" + text.substring(text.length() - 4000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
