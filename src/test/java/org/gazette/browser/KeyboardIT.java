package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The site with the keyboard alone: Tab reaches every control once, in reading order, each with a
 * visible focus; the skip link leads to the content, and 长者模式 switches with the space bar.
 */
class KeyboardIT {

    private final Browser browser = Browser.shared();
    private final BuiltSite site = BuiltSite.get();

    @Test
    void tabReachesEveryControlOfTheHomePageInReadingOrder() {
        browser.open(site.home(), Viewport.DESKTOP);

        Walk walk = walk();

        assertThat(walk.visited()).containsExactlyElementsOf(walk.controls());
        assertThat(walk.controls().get(0)).contains("跳到正文");
        assertThat(walk.controls().get(1)).contains("#elder", "长者模式");
        assertThat(walk.controls()).anySatisfy(c -> assertThat(c).contains("href=/notices/"));
    }

    @Test
    void tabReachesTheElderSwitchTheNavigationTheBodyLinksAndTheAttachmentsOfANotice() {
        BuiltSite.Page notice = site.pageOf(site.documents().stream().filter(d -> !d.attachments().isEmpty())
                .findFirst().orElseThrow());
        browser.open(notice, Viewport.DESKTOP);
        List<String> links = bodyAndAttachmentLinks();

        Walk walk = walk();

        assertThat(walk.visited()).containsExactlyElementsOf(walk.controls());
        assertThat(walk.controls().get(1)).contains("#elder");
        assertThat(walk.controls()).anySatisfy(c -> assertThat(c).contains("href=/plans/"));
        assertThat(links).isNotEmpty();
        assertThat(walk.visited()).as("the body's and the attachments' links")
                .anySatisfy(c -> assertThat(c).contains(links.get(0)))
                .anySatisfy(c -> assertThat(c).contains(links.get(links.size() - 1)));
    }

    @Test
    void everyControlShowsWhenItHasTheFocus() {
        browser.open(site.pageOf(site.documents().get(0)), Viewport.DESKTOP);

        Walk walk = walk();

        assertThat(walk.unseen()).as("controls whose focus cannot be seen").isEmpty();
    }

    @Test
    void theSkipLinkTakesTheFocusToTheMainContent() {
        browser.open(site.pageOf(site.documents().get(0)), Viewport.DESKTOP);

        new Actions(browser.driver()).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();

        assertThat(browser.script("return document.activeElement.id")).isEqualTo("main");
    }

    @Test
    void theSpaceBarOnTheElderSwitchTurnsElderModeOnAndOff() {
        browser.open(site.home(), Viewport.DESKTOP);

        new Actions(browser.driver()).sendKeys(Keys.TAB, Keys.TAB, Keys.SPACE).perform();
        assertThat(browser.inElderMode()).isTrue();
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        assertThat(browser.inElderMode()).isFalse();
    }

    /** Presses Tab until the focus leaves the page's controls, recording where it goes. */
    private Walk walk() {
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) browser.script(PageScripts.source("focusables.js"));
        List<String> visited = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        for (int step = 0; step <= controls.size(); step++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            List<?> state = (List<?>) browser.script(PageScripts.source("focus-state.js"));
            int index = ((Number) state.get(0)).intValue();
            if (index < 0) {
                break;
            }
            visited.add(controls.get(index));
            if (!Boolean.TRUE.equals(state.get(1))) {
                unseen.add(controls.get(index));
            }
        }
        return new Walk(controls, visited, unseen);
    }

    /** Links of the document body, the metadata table and the attachment list, as focusables.js names them. */
    private List<String> bodyAndAttachmentLinks() {
        return browser.driver().findElements(By.cssSelector(".meta-table a, .document-body a, .attachment-list a")).stream()
                .map(a -> "[href=" + a.getDomAttribute("href") + "]").toList();
    }

    /**
     * A walk through the page with Tab.
     *
     * @param controls every reachable control in document order
     * @param visited  the controls Tab reached, in order
     * @param unseen   those whose focus could not be seen
     */
    private record Walk(List<String> controls, List<String> visited, List<String> unseen) {
    }
}
