package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildResult;
import org.gazette.content.Document;
import org.gazette.serve.Preview;
import org.gazette.testing.FileTrees;
import org.gazette.validation.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code gazette serve} in Chromium: an open page reloads by itself after its notice is saved,
 * shows the problems of a mistake over the last good page, and clears them when the mistake is
 * fixed. The published site ({@code target/site}) carries none of this.
 */
class PreviewReloadIT {

    @TempDir
    static Path folder;

    static Path sources;
    static Preview preview;

    private final BuiltSite site = BuiltSite.get();
    private final Browser browser = Browser.shared();

    @BeforeAll
    static void startPreview() throws Exception {
        sources = folder.resolve("site");
        Path repository = BuiltSite.get().sources();
        for (String part : List.of("content", "data", "templates", "assets")) {
            FileTrees.copy(repository.resolve(part), sources.resolve(part));
        }
        preview = Preview.start(BuildOptions.build(sources, folder.resolve("preview")), "127.0.0.1", 0,
                new Preview.Listener() {
                    @Override
                    public void built(BuildResult result, double seconds) {
                    }

                    @Override
                    public void failed(List<Problem> problems, List<Problem> warnings) {
                    }

                    @Override
                    public void broken(String message) {
                    }
                });
    }

    @AfterAll
    static void stopPreview() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void anOpenPageReloadsByItselfAfterItsNoticeIsSaved() throws Exception {
        Document notice = site.documents().get(0);
        Path source = sources.resolve(notice.sourcePath());
        browser.driver().get(preview.address().resolve(site.pageOf(notice).href()).toString());
        browser.script("window.gazetteTestMarker = 'not reloaded';");

        Files.writeString(source, Files.readString(source) + "\n\n预览自动刷新的测试段落。\n");

        waitUntil(() -> browser.driver().findElement(By.tagName("main")).getText().contains("预览自动刷新的测试段落。"));
        assertThat(browser.script("return window.gazetteTestMarker === undefined;")).isEqualTo(true);
    }

    @Test
    void aMistakeIsShownOverTheLastGoodPageAndClearedWhenFixed() throws Exception {
        Document notice = site.documents().get(1);
        Path source = sources.resolve(notice.sourcePath());
        String good = Files.readString(source);
        browser.driver().get(preview.address().resolve(site.pageOf(notice).href()).toString());
        String title = browser.driver().getTitle();

        Files.writeString(source, good.replaceFirst("(?m)^date: .*$", "date: 2022年5月24日"));

        waitUntil(() -> !browser.driver().findElements(By.id("gazette-preview-problems")).isEmpty());
        WebElement panel = browser.driver().findElement(By.id("gazette-preview-problems"));
        assertThat(panel.getAttribute("role")).isEqualTo("alert");
        assertThat(panel.getText()).contains(notice.sourcePath() + ":", "date: 日期“2022年5月24日”写成了中文格式，无法识别 —— 写成 2022-05-24（年-月-日）");
        assertThat(browser.driver().getTitle()).isEqualTo(title);

        Files.writeString(source, good);

        waitUntil(() -> browser.driver().findElements(By.id("gazette-preview-problems")).isEmpty());
    }

    @Test
    void thePublishedSiteCarriesNoPreviewScript() throws Exception {
        assertThat(site.pages()).isNotEmpty().allSatisfy(page ->
                assertThat(Files.readString(page.file())).doesNotContain("__gazette", "reload.js"));
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> condition.getAsBoolean());
    }
}
