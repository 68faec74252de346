package org.gazette.browser;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.gazette.components.ComponentExamples;
import org.gazette.components.ComponentHarness;
import org.gazette.testing.FileTrees;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accessibility per component: every example of every template component, on a page of its own with
 * the site's stylesheet and script (templates/components/*.examples.yaml, rendered by
 * {@link ComponentHarness}), has no violation of the WCAG 2.0 and 2.1 level A and AA rules axe-core
 * checks in Chromium, on the desktop, on a phone and in 长者模式, as {@link AccessibilityRulesIT}
 * checks whole pages. A component state the sample site does not show (a deadline due today, the
 * last of ten list pages, a footer with every inspection item) is checked here all the same.
 */
class ComponentExamplesIT {

    @TempDir
    static Path folder;

    private static SiteServer server;

    private final Browser browser = Browser.shared();

    @TestFactory
    Stream<DynamicNode> everyComponentExampleMeetsWcag21AaOnDesktopOnPhoneAndInElderMode() throws IOException {
        ComponentHarness harness = new ComponentHarness(folder.resolve("harness"), ComponentHarness.DAY);
        Path pages = folder.resolve("pages");
        FileTrees.copy(TestSite.REPOSITORY.resolve("assets"), pages.resolve("assets"));
        List<DynamicNode> components = new ArrayList<>();
        for (String component : ComponentHarness.components()) {
            ComponentExamples examples = ComponentHarness.examples(component);
            List<DynamicNode> tests = new ArrayList<>();
            for (ComponentExamples.Example example : examples.examples()) {
                String path = "components/" + component + "/" + example.name() + "/";
                Files.createDirectories(pages.resolve(path));
                Files.writeString(pages.resolve(path).resolve("index.html"), harness.page(examples, example));
                tests.add(dynamicTest(example.name(), () -> check(path)));
            }
            components.add(dynamicContainer(component, tests));
        }
        server = SiteServer.start(pages, "/");
        return components.stream();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private void check(String path) {
        SoftAssertions softly = new SoftAssertions();
        browser.resize(Viewport.DESKTOP);
        browser.driver().get(server.uri(path).toString());
        // The component is checked as styled on the site: its colours and sizes are what axe measures.
        softly.assertThat(browser.script("return document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0"))
                .as("the site's stylesheet applies on /%s", path).isEqualTo(true);
        check(softly, path, "at 1280 px");
        browser.resize(Viewport.PHONE);
        check(softly, path, "at 375 px");
        browser.elderMode(true);
        check(softly, path, "at 375 px in 长者模式");
        browser.elderMode(false);
        softly.assertAll();
    }

    private void check(SoftAssertions softly, String path, String view) {
        List<Rule> violations = Axe.wcagViolations(browser);
        softly.assertThat(violations).as("WCAG 2.1 AA violations on /%s %s:%s", path, view, Axe.describe(violations))
                .isEmpty();
    }
}
