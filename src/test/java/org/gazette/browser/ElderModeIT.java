package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * 长者模式, measured in the browser on every page: text of at least 20 px with larger headings, line
 * spacing of at least 1.5, text contrast of at least 7:1 (WCAG AAA), click targets of at least
 * 44×44 px, and nothing cut off or overlapping at 200% and 400% zoom. Screenshots of each page in
 * 长者模式 are left in {@code target/screenshots/} for people to look at, except on CI (environment
 * variable {@code CI=true}), where nobody looks and a full-page capture of a long notice costs seconds.
 */
class ElderModeIT {

    static final int MIN_TEXT_PX = 20;
    static final double MIN_LINE_HEIGHT = 1.5;
    static final int MIN_TARGET_PX = 44;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final boolean TAKE_SCREENSHOTS = !"true".equals(System.getenv("CI"));

    private final Browser browser = Browser.shared();
    private final BuiltSite site = BuiltSite.get();

    @Test
    void theChoiceIsRememberedFromPageToPage() {
        browser.open(site.home(), Viewport.DESKTOP);
        browser.elderMode(true);

        browser.visit(site.pageOf(site.documents().get(0)));

        assertThat(browser.inElderMode()).isTrue();
        assertThat(browser.script("return document.documentElement.className")).asString().contains("elder");
        browser.elderMode(false);
    }

    @Test
    void aPageReturnedToWithTheBackButtonShowsTheLatestChoice() {
        browser.open(site.home(), Viewport.DESKTOP);
        browser.elderMode(true);
        browser.visit(site.pageOf(site.documents().get(0)));
        browser.elderMode(false);

        browser.driver().navigate().back();

        assertThat(browser.inElderMode()).isFalse();
        assertThat(browser.script("return document.documentElement.className")).asString().doesNotContain("elder");
    }

    @Test
    void aFactsLabelAndItsLinkedValueShareOneBaselineInBothModes() {
        // A linked value is padded to a touch target's height; its text must still sit on its label's line.
        BuiltSite.Page page = site.documents().stream().filter(d -> !d.campaigns().isEmpty()).map(site::pageOf)
                .findFirst().orElseThrow();
        for (boolean elder : List.of(false, true)) {
            browser.open(page, Viewport.DESKTOP, elder);
            Object offsets = browser.script("""
                    const firstLineBottom = element => {
                      const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT,
                          {acceptNode: n => n.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP}).nextNode();
                      const range = document.createRange();
                      range.selectNodeContents(text);
                      return range.getClientRects()[0].bottom;
                    };
                    return [...document.querySelectorAll('.campaign-facts dt, .deadline-facts dt')]
                        .filter(dt => dt.nextElementSibling.querySelector('a'))
                        .map(dt => Math.abs(firstLineBottom(dt) - firstLineBottom(dt.nextElementSibling)));""");
            assertThat((List<?>) offsets).as("elder " + elder).isNotEmpty()
                    .allSatisfy(offset -> assertThat(((Number) offset).doubleValue()).isLessThanOrEqualTo(1.0));
        }
        browser.elderMode(false);
    }

    @Test
    void aListsYearsAndIndexesAreRowsOfLinksWithoutBulletsInBothModes() {
        // The ways into an archive read as two short rows (its years, then 主题分类 and 活动专题), not as bulleted
        // lists of one link a line.
        BuiltSite.Page year = site.pages().stream().filter(p -> p.path().matches("notices/\\d{4}/")).findFirst().orElseThrow();
        for (boolean elder : List.of(false, true)) {
            browser.open(year, Viewport.DESKTOP, elder);
            Object rows = browser.script("""
                    return [...document.querySelectorAll('.archive-links ul')].map(ul => ({
                        bullets: [...ul.children].some(li => getComputedStyle(li).display === 'list-item'
                            && getComputedStyle(li).listStyleType !== 'none'),
                        lines: new Set([...ul.children].map(li => Math.round(li.getBoundingClientRect().top))).size}));""");
            assertThat((List<?>) rows).as("elder " + elder).hasSize(2).allSatisfy(row -> {
                assertThat(((Map<?, ?>) row).get("bullets")).isEqualTo(false);
                assertThat(((Number) ((Map<?, ?>) row).get("lines")).intValue()).isEqualTo(1);
            });
        }
        browser.elderMode(false);
    }

    @Test
    void theSwitchEnlargesTheTextOfThePage() {
        browser.open(site.pageOf(site.documents().get(0)), Viewport.DESKTOP);
        double before = bodyTextSize();

        browser.elderMode(true);

        assertThat(bodyTextSize()).isGreaterThanOrEqualTo(MIN_TEXT_PX).isGreaterThan(before);
        browser.elderMode(false);
    }

    @Test
    void theTextFollowsTheBrowsersFontSizeSetting() {
        browser.open(site.pageOf(site.documents().get(0)), Viewport.DESKTOP);
        double usual = bodyTextSize();
        try {
            browser.driver().executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 24)));
            browser.driver().navigate().refresh();

            assertThat(bodyTextSize()).isCloseTo(usual * 24 / 16, within(0.5));
        } finally {
            browser.driver().executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 16)));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageHasLargeTextWideSpacingStrongContrastAndLargeTargets() {
        return site.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            SoftAssertions softly = new SoftAssertions();
            browser.open(page, Viewport.DESKTOP, true);
            measure(softly, page, Viewport.DESKTOP);
            browser.resize(Viewport.PHONE);
            measure(softly, page, Viewport.PHONE);
            List<Rule> contrast = Axe.violationsOf(browser, List.of("color-contrast-enhanced"));
            softly.assertThat(contrast).as("text below 7:1 contrast on %s in 长者模式:%s", page, Axe.describe(contrast)).isEmpty();
            browser.elderMode(false);
            softly.assertAll();
        }));
    }

    @TestFactory
    Stream<DynamicTest> nothingIsCutOffOrOverlapsWhenZoomedIn() {
        return site.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            SoftAssertions softly = new SoftAssertions();
            browser.open(page, Viewport.DESKTOP_AT_200_PERCENT, true);
            softly.assertThat(PageScripts.problems(browser, "layout-problems.js"))
                    .as("%s in 长者模式 at 200%% zoom", page).isEmpty();
            browser.resize(Viewport.DESKTOP_AT_400_PERCENT);
            softly.assertThat(PageScripts.problems(browser, "layout-problems.js"))
                    .as("%s in 长者模式 at 400%% zoom", page).isEmpty();
            browser.elderMode(false);
            softly.assertThat(PageScripts.problems(browser, "layout-problems.js"))
                    .as("%s at 400%% zoom", page).isEmpty();
            softly.assertAll();
        }));
    }

    private void measure(SoftAssertions softly, BuiltSite.Page page, Viewport viewport) throws IOException {
        List<String> problems = PageScripts.problems(browser, "elder-measures.js", MIN_TEXT_PX, MIN_LINE_HEIGHT, MIN_TARGET_PX);
        softly.assertThat(problems).as("长者模式 measures on %s at %s", page, viewport).isEmpty();
        screenshot(page, "elder-" + viewport.width());
    }

    private void screenshot(BuiltSite.Page page, String view) throws IOException {
        if (!TAKE_SCREENSHOTS) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        String name = (page.path().isEmpty() ? "home" : page.path().replaceAll("[/.]+$", "").replaceAll("[/.]", "-"));
        Object png = browser.driver().executeCdpCommand("Page.captureScreenshot",
                Map.of("captureBeyondViewport", true, "fromSurface", true)).get("data");
        Files.write(SCREENSHOTS.resolve(name + "." + view + ".png"), java.util.Base64.getDecoder().decode((String) png));
    }

    private double bodyTextSize() {
        return Double.parseDouble(String.valueOf(browser.script(
                "return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)")));
    }
}
