package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 朗读全文: the article read aloud by the browser's own speech synthesis. The browser's synthesiser
 * is replaced, before the page's script runs, by a recorder offering the voices a test names, so
 * the tests hear exactly what the page asks to be said.
 */
class ReadAloudIT {

    private static final String RECORDER = """
            (function () {
              var voices = %s;
              window.spoken = [];
              window.cancelled = 0;
              var synth = {
                getVoices: function () { return voices; },
                speak: function (u) {
                  window.spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null });
                  if (window.spoken.length === 1 && u.onstart) { setTimeout(function () { u.onstart({}); }, 0); }
                },
                cancel: function () { window.cancelled++; },
                addEventListener: function () {}
              };
              Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
              window.SpeechSynthesisUtterance = function (text) { this.text = text; };
            })();""";

    private final Browser browser = Browser.shared();
    private final BuiltSite site = BuiltSite.get();
    private String recorder;

    @AfterEach
    void realSynthesiser() {
        if (recorder != null) {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
        }
    }

    @Test
    void theButtonStaysHiddenWhereTheBrowserHasNoChineseVoice() {
        openWithVoices("[{name: 'Samantha', lang: 'en-US'}]");

        assertThat(button().isDisplayed()).isFalse();
    }

    @Test
    void theButtonReadsTheTitleAndThenTheBodyInAChineseVoice() {
        openWithVoices("[{name: 'Samantha', lang: 'en-US'}, {name: 'Tingting', lang: 'zh-CN'}]");
        String title = browser.driver().findElement(By.tagName("h1")).getText();
        String firstParagraph = browser.driver().findElement(By.cssSelector(".document-body p")).getText();

        button().click();

        List<Map<String, Object>> spoken = spoken();
        assertThat(spoken.get(0)).containsEntry("text", title).containsEntry("lang", "zh-CN").containsEntry("voice", "Tingting");
        assertThat(spoken).anySatisfy(part -> assertThat(firstParagraph).startsWith((String) part.get("text")));
        assertThat(button().getText()).isEqualTo("停止朗读");
        assertThat(browser.driver().findElement(By.tagName("h1")).getDomAttribute("class")).contains("is-reading");
    }

    @Test
    void longParagraphsAreReadSentenceBySentence() {
        openWithVoices("[{name: 'Tingting', lang: 'zh-CN'}]");

        button().click();

        assertThat(spoken()).allSatisfy(part -> assertThat((String) part.get("text")).doesNotMatch(".*[。！？；].+"));
    }

    @Test
    void pressingTheButtonAgainStopsReading() {
        openWithVoices("[{name: 'Tingting', lang: 'zh-CN'}]");

        button().click();
        button().click();

        assertThat(((Number) browser.script("return window.cancelled")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(button().getText()).isEqualTo("朗读全文");
        assertThat(browser.driver().findElements(By.cssSelector(".is-reading"))).isEmpty();
    }

    private void openWithVoices(String voices) {
        recorder = (String) browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORDER.formatted(voices))).get("identifier");
        browser.open(site.pageOf(site.documents().get(0)), Viewport.DESKTOP);
    }

    private WebElement button() {
        return browser.driver().findElement(By.cssSelector(".read-aloud"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> spoken() {
        return (List<Map<String, Object>>) browser.script("return window.spoken");
    }
}
