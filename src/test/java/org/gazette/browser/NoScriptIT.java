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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;

/**
 * The site in a browser with JavaScript switched off: every notice and plan shows everything its
 * source holds, and 长者模式 still works on the page.
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
    Stream<DynamicTest> everyNoticeAndPlanIsCompleteWithoutJavaScript() {
        return site.documents().stream().map(document -> dynamicTest(document.url(), () -> {
            BuiltSite.Page page = site.pageOf(document);
            browser.open(page, Viewport.PHONE);
            String shown = squeeze(browser.driver().findElement(By.tagName("main")).getText());

            assertThat(expectedTexts(document, page)).allSatisfy(text -> assertThat(shown).contains(squeeze(text)));
        }));
    }

    @Test
    void theHomePageListsTheNewestDocumentsWithoutJavaScript() {
        browser.open(site.home(), Viewport.PHONE);
        String shown = squeeze(browser.driver().findElement(By.tagName("main")).getText());

        assertThat(site.documents()).allSatisfy(d -> assertThat(shown).contains(squeeze(d.title())));
    }

    @Test
    void elderModeEnlargesTheTextWithoutJavaScript() {
        browser.open(site.pageOf(site.documents().get(0)), Viewport.PHONE);

        browser.elderMode(true);

        String size = browser.driver().findElement(By.cssSelector(".document-body p")).getCssValue("font-size");
        assertThat(Double.parseDouble(size.replace("px", ""))).isGreaterThanOrEqualTo(20);
        browser.elderMode(false);
    }

    /** What a reader must find on a document's page: its front matter and every block of its body. */
    private static List<String> expectedTexts(Document document, BuiltSite.Page page) throws IOException {
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
        Element body = Jsoup.parse(page.file().toFile()).selectFirst(".document-body");
        for (Element block : body.select("p, h2, h3, h4, li, td, th, caption")) {
            texts.add(block.text());
        }
        return texts;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
