package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A reader who asks the system for less motion gets none: no transition, animation or smooth scrolling. */
class ReducedMotionIT {

    private static final String MOVING = """
            var moving = [];
            document.querySelectorAll('*').forEach(function (el) {
              [el, ':before', ':after'].forEach(function (part) {
                var s = part === el ? getComputedStyle(el) : getComputedStyle(el, part);
                var times = (s.transitionDuration + ',' + s.animationDuration).split(',').map(parseFloat);
                if (times.some(function (t) { return t > 0; }) || s.scrollBehavior === 'smooth') {
                  moving.push(el.tagName.toLowerCase() + '.' + el.className);
                }
              });
            });
            return moving;""";

    private final Browser browser = Browser.shared();
    private final BuiltSite site = BuiltSite.get();

    @AfterEach
    void screenMedia() {
        browser.resetMedia();
    }

    @Test
    void nothingMovesOnTheHomePageOrANoticeWhenLessMotionIsAsked() {
        browser.emulateMedia("screen", Map.of("prefers-reduced-motion", "reduce"));
        for (BuiltSite.Page page : List.of(site.home(), site.pageOf(site.documents().get(0)))) {
            browser.open(page, Viewport.DESKTOP, true);

            assertThat((List<?>) browser.script(MOVING)).as("moving elements on %s", page).isEmpty();
            browser.elderMode(false);
        }
    }
}
