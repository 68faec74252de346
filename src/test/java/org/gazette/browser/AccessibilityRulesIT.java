package org.gazette.browser;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.deque.html.axecore.results.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The accessibility gate: every HTML page of the built site, however it was produced, has no
 * violation of the WCAG 2.0 and 2.1 level A and AA rules that axe-core checks, on the desktop, on a
 * phone, and in 长者模式. Each page is loaded once and checked in all three views, switching as a
 * reader would (resizing, then using the 长者模式 control). 长者模式 is checked on the phone, where its
 * large text is hardest to fit; ElderModeIT measures it at both widths.
 */
class AccessibilityRulesIT {

    private final Browser browser = Browser.shared();

    @TestFactory
    Stream<DynamicTest> everyPageMeetsWcag21AaOnDesktopOnPhoneAndInElderMode() {
        return BuiltSite.get().pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            SoftAssertions softly = new SoftAssertions();
            browser.open(page, Viewport.DESKTOP);
            check(softly, page, "at 1280 px");
            browser.resize(Viewport.PHONE);
            check(softly, page, "at 375 px");
            browser.elderMode(true);
            check(softly, page, "at 375 px in 长者模式");
            browser.elderMode(false);
            softly.assertAll();
        }));
    }

    private void check(SoftAssertions softly, BuiltSite.Page page, String view) {
        List<Rule> violations = Axe.wcagViolations(browser);
        softly.assertThat(violations).as("WCAG 2.1 AA violations on %s %s:%s", page, view, Axe.describe(violations))
                .isEmpty();
    }
}
