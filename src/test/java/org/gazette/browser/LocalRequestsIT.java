package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No page asks anything of another host: no web fonts, scripts, statistics or images from elsewhere.
 * Every request the browser makes while loading and enhancing a page is read from its network log.
 * Nothing a page does breaks its own Content-Security-Policy either (read from the console log), so
 * the policy that stops injected scripts costs readers nothing.
 */
class LocalRequestsIT {

    private final Browser browser = Browser.shared();

    @TestFactory
    Stream<DynamicTest> everyPageRequestsNothingFromAnotherHost() {
        return BuiltSite.get().pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            browser.requestedAddresses();
            browser.securityPolicyViolations();
            browser.open(page, Viewport.PHONE, true);
            browser.elderMode(false);

            List<String> requested = browser.requestedAddresses();
            assertThat(browser.securityPolicyViolations()).as("Content-Security-Policy violations of %s", page).isEmpty();

            assertThat(requested).as("requests of %s", page).isNotEmpty()
                    .allSatisfy(address -> assertThat(address).matches("(http://" + browser.origin().replace(".", "\\.")
                            + "/|data:|about:).*"));
        }));
    }
}
