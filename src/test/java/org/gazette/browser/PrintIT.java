package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;

/**
 * A notice printed for a meeting: the site's chrome is left out, the metadata, body, schedule and
 * QR code are kept, links say where they lead, and table rows are never split across pages. Each
 * document is also printed to {@code target/print/} for people to look at.
 */
class PrintIT {

    private static final Path PRINTS = Path.of("target", "print");

    private final Browser browser = Browser.shared();
    private final BuiltSite site = BuiltSite.get();
    private final BuiltSite.Page notice = site.pageOf(site.documents().stream()
            .filter(d -> !d.schedule().isEmpty() && !d.attachments().isEmpty()).findFirst().orElseThrow());

    @BeforeEach
    void printMedia() {
        browser.emulateMedia("print", Map.of());
    }

    @AfterEach
    void screenMedia() {
        browser.resetMedia();
    }

    @Test
    void printingLeavesOutTheNavigationAndTheControls() {
        browser.open(notice, Viewport.DESKTOP);

        for (String chrome : new String[] {".skip-link", ".site-tools", ".site-nav", ".breadcrumb", ".page-tools", ".footer-links"}) {
            assertThat(display(chrome)).as(chrome).isEqualTo("none");
        }
    }

    @Test
    void printingKeepsTheTitleMetadataBodyScheduleAttachmentsAndQrCode() {
        browser.open(notice, Viewport.DESKTOP);

        for (String content : new String[] {"h1", ".meta-table", ".document-body", ".schedule-table", ".attachment-list", ".qr-code"}) {
            assertThat(browser.driver().findElement(By.cssSelector(content)).isDisplayed()).as(content).isTrue();
        }
        assertThat(display(".schedule-table")).as("the schedule prints as a table").isEqualTo("table");
    }

    @Test
    void printedLinksShowTheAddressTheyLeadTo() {
        browser.open(notice, Viewport.DESKTOP);

        Object after = browser.script("""
                var a = document.createElement('a');
                a.href = 'https://www.most.gov.cn/kjbgz/';
                a.textContent = '科技部';
                document.querySelector('.document-body p').appendChild(a);
                return getComputedStyle(a, '::after').content;""");

        assertThat(after).asString().contains("https://www.most.gov.cn/kjbgz/");
    }

    @Test
    void tableRowsAreNotSplitAcrossPages() {
        browser.open(notice, Viewport.DESKTOP);

        assertThat(browser.driver().findElements(By.cssSelector("tr"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getCssValue("break-inside")).isEqualTo("avoid"));
    }

    @Test
    void everyDocumentPrintsOnA4() throws IOException {
        Files.createDirectories(PRINTS);
        for (var document : site.documents()) {
            browser.open(site.pageOf(document), Viewport.DESKTOP);
            PrintOptions a4 = new PrintOptions();
            a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
            byte[] pdf = Base64.getDecoder().decode(browser.driver().print(a4).getContent());
            Files.write(PRINTS.resolve(document.url().replaceAll("/$", "").replace('/', '-') + ".pdf"), pdf);

            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
    }

    private String display(String selector) {
        WebElement element = browser.driver().findElement(By.cssSelector(selector));
        return element.getCssValue("display");
    }
}
