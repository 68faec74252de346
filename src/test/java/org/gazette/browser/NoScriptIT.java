package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.content.Attachment;
import org.gazette.content.Contact;
import org.gazette.content.Deadline;
import org.gazette.content.Document;
import org.gazette.content.ScheduleItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;

/**
 * The site in a browser with JavaScript switched off: every page shows all the text it holds (none
 * waits for a script), every notice and plan shows everything its source holds, and 长者模式 still
 * works on the page.
 */
class NoScriptIT {

    private final Browser browser = Browser.withoutJavaScript();
    private final BuiltSite site = BuiltSite.get();

    @Test
    void pageScriptsDoNotRunInThisBrowser() {
        browser.open(site.pageOf(site.documents().get(0)), Viewport.DESKTOP);

        assertThat(browser.driver().findElement(By.cssSelector(".print-button")).isDisplayed())
                .as("the print button, which only the page script shows").isFalse();
    }

    @TestFactory
    Stream<DynamicTest> everyPageShowsAllTheTextItHoldsWithoutJavaScript() {
        // On the desktop: on phones, table headings are read by screen readers and shown by CSS labels.
        return site.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            browser.open(page, Viewport.DESKTOP);
            String shown = squeeze(browser.driver().findElement(By.tagName("main")).getText());

            assertThat(textsOf(page)).allSatisfy(text -> assertThat(shown).contains(squeeze(text)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyNoticeAndPlanShowsEverythingItsSourceHoldsWithoutJavaScript() {
        return site.documents().stream().map(document -> dynamicTest(document.url(), () -> {
            browser.open(site.pageOf(document), Viewport.PHONE);
            String shown = squeeze(browser.driver().findElement(By.tagName("main")).getText());

            assertThat(sourceTexts(document)).allSatisfy(text -> assertThat(shown).contains(squeeze(text)));
        }));
    }

    @Test
    void elderModeEnlargesTheTextWithoutJavaScript() {
        browser.open(site.pageOf(site.documents().get(0)), Viewport.PHONE);

        browser.elderMode(true);

        String size = browser.driver().findElement(By.cssSelector(".document-body p")).getCssValue("font-size");
        assertThat(Double.parseDouble(size.replace("px", ""))).isGreaterThanOrEqualTo(20);
        browser.elderMode(false);
    }

    /** What a reader must find on a document's page: what its front matter says. */
    private static List<String> sourceTexts(Document document) {
        List<String> texts = new ArrayList<>();
        texts.add(document.title());
        if (document.docNumber() != null) {
            texts.add(document.docNumber());
        }
        texts.addAll(List.of("信息公开属性", "发布机构", "发布日期"));
        document.agencies().forEach(a -> texts.add(a.name()));
        document.schedule().stream().map(ScheduleItem::title).forEach(texts::add);
        document.deadlines().stream().map(Deadline::title).forEach(texts::add);
        document.contacts().stream().map(Contact::name).forEach(texts::add);
        document.attachments().stream().map(Attachment::title).forEach(texts::add);
        return texts;
    }

    /**
     * Every piece of text in the page's main content, as its HTML holds it; left out: what only
     * scripts show ([hidden]), what only screen readers read, and the folded part of closed details.
     */
    private static List<String> textsOf(BuiltSite.Page page) throws IOException {
        Element main = Jsoup.parse(page.file().toFile()).selectFirst("main");
        main.select("[hidden], .visually-hidden, details:not([open]) > :not(summary)").remove();
        return main.getAllElements().stream().flatMap(e -> e.textNodes().stream())
                .map(TextNode::text).filter(text -> !text.isBlank()).toList();
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
