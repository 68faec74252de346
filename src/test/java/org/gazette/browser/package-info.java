/**
 * Tests of the published site as readers meet it: the pages {@code mvn package} baked into
 * {@code target/site}, served from the loopback address ({@link org.gazette.browser.SiteServer})
 * and opened in headless Debian Chromium ({@link org.gazette.browser.Browser}). Pages are found by
 * walking the output ({@link org.gazette.browser.BuiltSite}), so every page kind is covered: WCAG
 * 2.1 AA through axe-core, valid HTML through the Nu checker, 长者模式's measures, keyboard,
 * JavaScript off, print, 朗读全文, QR codes, requests and page weight; and every template component's
 * examples, each on a page of its own, through axe-core ({@code ComponentExamplesIT}). One page of
 * each page type is checked in Debian's Firefox ESR as well ({@link org.gazette.browser.FirefoxIT},
 * through {@code src/test/js/firefox-checks.mjs}). Run by failsafe in {@code mvn verify}; measuring
 * scripts are in {@code src/test/resources/org/gazette/browser/}.
 */
package org.gazette.browser;
