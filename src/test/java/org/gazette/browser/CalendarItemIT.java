package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.gazette.content.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 添加到日历 beside one activity or deadline: there is no file per item; the page script cuts the
 * item's event out of its document's calendar and downloads just that. A recorder installed before
 * the page's script keeps each download (its name and contents) instead of saving it.
 */
class CalendarItemIT {

    private static final String RECORDER = """
            (function () {
              window.downloads = [];
              var create = URL.createObjectURL;
              URL.createObjectURL = function (blob) {
                var url = create.call(URL, blob);
                window.downloads.blobs = window.downloads.blobs || {};
                window.downloads.blobs[url] = blob;
                return url;
              };
              HTMLAnchorElement.prototype.click = function () {
                window.downloads.push({ name: this.download, href: this.getAttribute('href'),
                                        blob: (window.downloads.blobs || {})[this.href] || null });
              };
              if (%s) {
                XMLHttpRequest.prototype.send = function () { var r = this; setTimeout(function () { r.onerror(); }, 0); };
              }
            })();""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Browser browser = Browser.shared();
    private final BuiltSite site = BuiltSite.get();
    private String recorder;

    @AfterEach
    void realDownloads() {
        if (recorder != null) {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
        }
    }

    @Test
    void anActivitysLinkDownloadsJustThatEventAsTheDocumentsCalendarWritesIt() throws Exception {
        Document document = documentWith(true);
        open(document, false);
        browser.securityPolicyViolations();
        WebElement link = browser.driver().findElement(By.cssSelector("a.schedule-ics"));
        String id = link.getDomAttribute("data-event");

        link.click();

        Map<String, Object> download = firstDownload();
        assertThat(browser.securityPolicyViolations()).as("reading the calendar is allowed by the page's policy").isEmpty();
        assertThat(download).containsEntry("name", link.getDomAttribute("data-file"));
        Calendar single = parse(blobText());
        assertThat(single.validate().hasErrors()).isFalse();
        List<VEvent> events = single.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getUid().map(Property::getValue).orElseThrow()).startsWith(id + "@");
        assertThat(single.getProperty("SOURCE")).as("a one-off import, not a subscription").isEmpty();
        assertThat(events.get(0)).isEqualTo(eventInDocumentCalendar(document, id));
    }

    @Test
    void aDeadlinesLinkDownloadsJustThatDeadline() throws Exception {
        Document document = documentWith(false);
        open(document, false);
        WebElement link = browser.driver().findElement(By.cssSelector(".deadline-ics a"));
        String id = link.getDomAttribute("data-event");

        link.click();

        assertThat(firstDownload()).containsEntry("name", link.getDomAttribute("data-file"));
        List<VEvent> events = parse(blobText()).getComponents(Component.VEVENT);
        assertThat(events).containsExactly(eventInDocumentCalendar(document, id));
    }

    @Test
    void whenTheCalendarCannotBeReadTheLinkDownloadsTheWholeDocumentsCalendar() {
        Document document = documentWith(true);
        open(document, true);
        WebElement link = browser.driver().findElement(By.cssSelector("a.schedule-ics"));

        link.click();

        Map<String, Object> download = firstDownload();
        assertThat(download.get("blob")).isNull();
        assertThat((String) download.get("href")).endsWith(document.url() + "calendar.ics");
        assertThat(site.root().resolve(document.url()).resolve("calendar.ics")).isRegularFile();
    }

    private Document documentWith(boolean activities) {
        return site.documents().stream()
                .filter(d -> activities ? !d.schedule().isEmpty() : !d.deadlines().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("the sample site has no document with "
                        + (activities ? "activities" : "deadlines")));
    }

    private void open(Document document, boolean failingRequests) {
        recorder = (String) browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORDER.formatted(failingRequests))).get("identifier");
        browser.open(site.pageOf(document), Viewport.DESKTOP);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> firstDownload() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> ((Number) browser.script("return window.downloads.length")).intValue() > 0);
        return (Map<String, Object>) browser.script(
                "var d = window.downloads[0]; return { name: d.name, href: d.href, blob: d.blob ? 'yes' : null };");
    }

    /** The first download's text, sent as JSON: WebDriver turns a returned string's CRLF into LF. */
    private String blobText() throws IOException {
        return JSON.readValue((String) browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " window.downloads[0].blob.text().then(function (t) { done(JSON.stringify(t)); });"), String.class);
    }

    private VEvent eventInDocumentCalendar(Document document, String id) throws IOException, ParserException {
        Calendar calendar = parse(Files.readString(site.root().resolve(document.url()).resolve("calendar.ics")));
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getUid().map(Property::getValue).orElse("").startsWith(id + "@"))
                .findFirst().orElseThrow();
    }

    private static Calendar parse(String text) throws IOException, ParserException {
        // The InputStream form unfolds folded lines; the Reader form does not.
        return new CalendarBuilder().build(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
