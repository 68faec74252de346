package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.gazette.content.Document;
import org.gazette.site.DeadlineEntry;
import org.gazette.site.DeadlineStatus;
import org.gazette.site.DocumentEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page script's deadline statuses follow the generator's one rule ({@link DeadlineStatus}): on
 * every day from two days after a deadline back to well before the "soon" threshold, a reader whose
 * clock shows that day sees the key and words the build would have written on it. The browser's clock
 * is set by a script installed before the page's own.
 */
class DeadlineStatusScriptIT {

    /** {@code Date} with today fixed at noon of the given local day; other uses of {@code Date} unchanged. */
    private static final String CLOCK = """
            (function () {
              var Real = Date, fixed = new Real(%d, %d, %d, 12, 0, 0).getTime();
              function Fixed() {
                var args = [null].concat([].slice.call(arguments));
                return arguments.length ? new (Function.prototype.bind.apply(Real, args))() : new Real(fixed);
              }
              Fixed.UTC = Real.UTC;
              Fixed.parse = Real.parse;
              Fixed.now = function () { return fixed; };
              Fixed.prototype = Real.prototype;
              window.Date = Fixed;
            })();""";

    private final Browser browser = Browser.shared();
    private final BuiltSite site = BuiltSite.get();
    private String clock;

    @AfterEach
    void realClock() {
        if (clock != null) {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clock));
            clock = null;
        }
    }

    @Test
    void theScriptGivesEachDayTheStatusTheBuildWouldGiveIt() {
        Document document = site.documents().stream().filter(d -> !d.deadlines().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the sample site has no document with deadlines"));
        DeadlineEntry entry = DocumentEvents.of(document).deadlines().get(0);
        LocalDate due = entry.deadline().due().date();

        for (int daysLeft = DeadlineStatus.SOON_DAYS + 3; daysLeft >= -2; daysLeft--) {
            LocalDate day = due.minusDays(daysLeft);
            WebElement status = statusOn(document, entry, day);
            DeadlineStatus expected = entry.status(day);

            String words = expected.label() + (expected.daysText().isEmpty() ? "" : "（" + expected.daysText() + "）");
            assertThat(status.getText()).as("the words on %s, %d days before the due day", day, daysLeft).isEqualTo(words);
            assertThat(status.getDomAttribute("class")).as("the key on %s", day).isEqualTo("status status-" + expected.key());
            assertThat(browser.driver().findElement(By.id(entry.anchor())).getDomAttribute("class"))
                    .as("the deadline's own class on %s", day).contains("deadline-" + expected.key());
        }
    }

    @Test
    void theThresholdTheScriptReadsIsTheGeneratorsAndTheStaleDayNoteGoes() {
        Document document = site.documents().stream().filter(d -> !d.deadlines().isEmpty()).findFirst().orElseThrow();
        DeadlineEntry entry = DocumentEvents.of(document).deadlines().get(0);

        WebElement status = statusOn(document, entry, entry.deadline().due().date());

        assertThat(status.getDomAttribute("data-soon-days")).isEqualTo(String.valueOf(DeadlineStatus.SOON_DAYS));
        assertThat(browser.driver().findElement(By.cssSelector("#" + entry.anchor() + " .status-asof")).isDisplayed())
                .as("“以…计” is hidden once the script has brought the status up to date").isFalse();
    }

    private WebElement statusOn(Document document, DeadlineEntry entry, LocalDate day) {
        realClock();
        clock = (String) browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", CLOCK.formatted(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth())))
                .get("identifier");
        browser.open(site.pageOf(document), Viewport.DESKTOP);
        return browser.driver().findElement(By.cssSelector("#" + entry.anchor() + " .status"));
    }
}
