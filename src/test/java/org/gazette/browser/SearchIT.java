package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 站内搜索 in a real browser, on a site of 30 notices published under a base path ({@code /kjj/}):
 * Chinese words, a place name, a document number and mixed Chinese and Latin text find the right
 * notices, title matches first; filters, paging, the keyboard and 长者模式 work; later queries,
 * filters and pages are answered in place under addresses that Back, Forward and a fresh load show
 * alike; the page has one search box, is axe-clean and asks no other host; without JavaScript it
 * links to the lists instead. One test searches the site {@code mvn package} baked as well.
 */
class SearchIT {

    private static final String BASE = "/kjj/";
    private static Path folder;
    private static SiteServer server;

    private final Browser browser = Browser.shared();

    @BeforeAll
    static void buildSite() throws Exception {
        folder = Files.createTempDirectory("gazette-search-");
        TestSite site = TestSite.in(folder.resolve("source"));
        site.write("data/site.yaml", TestSite.SITE_YAML.replace("base_url: https://kjj.example.gov.cn",
                "base_url: https://www.example.gov.cn/kjj/"));
        for (int i = 1; i <= 24; i++) {
            site.write("content/notices/lecture-" + i + ".md", """
                    ---
                    title: 关于举办第%d期科普讲座的通知
                    date: %s
                    agencies: [%s]
                    %s
                    ---
                    请各单位组织干部职工参加科普讲座。
                    """.formatted(i, LocalDate.of(i % 2 == 0 ? 2022 : 2021, 3, 1).plusDays(i),
                    i % 3 == 0 ? "kx" : "kjj", i % 4 == 0 ? "campaign: sci-week-2022" : ""));
        }
        site.write("content/notices/place-in-title.md", """
                ---
                title: 乐家湾社区科技活动安排
                date: 2020-05-01
                agencies: [kjj]
                ---
                活动在社区广场举行。
                """);
        site.write("content/notices/place-in-body.md", """
                ---
                title: 关于开展科技下乡活动的通知
                date: 2022-09-01
                agencies: [kjj]
                ---
                第一站设在乐家湾村文化广场，第二站设在沙坡头。
                """);
        site.write("content/notices/numbered.md", """
                ---
                title: 关于报送年度科普工作总结的通知
                date: 2022-11-01
                agencies: [kx]
                doc_number: 县科协发〔2022〕13号
                ---
                请于12月前报送。
                """);
        site.write("content/notices/mixed.md", """
                ---
                title: 关于5G基站科普宣传的通知
                date: 2022-10-01
                agencies: [kjj]
                ---
                宣传5G基站的电磁辐射常识。
                """);
        // A place named only far beyond the start of the body that the index keeps for excerpts.
        site.write("content/notices/long-body.md", """
                ---
                title: 关于做好冬季安全生产工作的通知
                date: 2022-01-05
                agencies: [kjj]
                ---
                %s

                检查组将于一月中旬赴青铜峡市开展督查。

                %s
                """.formatted("各单位要高度重视，认真组织，确保各项工作取得实效。".repeat(30),
                "请各单位及时总结经验做法。".repeat(10)));
        Path output = folder.resolve("site");
        site.build(output, LocalDate.of(2022, 12, 1));
        server = SiteServer.start(output, BASE);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void search(String query) {
        browser.driver().get(server.uri("search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).toString());
        awaitStatus();
    }

    /** Does what loads another page, and waits until the old one is gone, so no status is read from it. */
    private void navigate(Runnable action) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    /**
     * Does what the script answers in place, and checks that it did: the page is the same document
     * (no load), and its status has been set to another one (each step of these tests changes it).
     */
    private String inPlace(Runnable action) {
        browser.script("window.searchItSamePage = true");
        String before = browser.driver().findElement(By.id("search-status")).getText();
        action.run();
        String status = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> {
            String text = driver.findElement(By.id("search-status")).getText();
            return text.isEmpty() || text.equals(before) ? null : text;
        });
        assertThat(browser.script("return window.searchItSamePage === true")).as("answered without loading a page").isEqualTo(true);
        return status;
    }

    private String awaitStatus() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(driver -> {
            String text = driver.findElement(By.id("search-status")).getText();
            return text.isEmpty() ? null : text;
        });
    }

    private List<String> titles() {
        return browser.driver().findElements(By.cssSelector("#search-results h2 a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aChineseWordFindsEveryNoticeThatHoldsItTenAPageWithACount() {
        search("科普讲座");

        assertThat(awaitStatus()).isEqualTo("找到 24 条与“科普讲座”相关的结果，第 1 页，共 3 页。");
        assertThat(titles()).hasSize(10).allSatisfy(title -> assertThat(title).contains("科普讲座"));
        assertThat(browser.driver().findElements(By.cssSelector("#search-results h2 a mark")))
                .extracting(WebElement::getText).contains("科普讲座");
        // Equal matches come newest first.
        assertThat(titles().get(0)).isEqualTo("关于举办第24期科普讲座的通知");
    }

    @Test
    void aSearchPageKeptFromABuildWithAnotherShardCountStillFindsEveryNotice() throws Exception {
        // A reader's cached search page may name the shard count of an older build (here: one shard, as the site
        // had when it was small), and the manifest corrects it.
        Path site = folder.resolve("site");
        Matcher named = Pattern.compile("data-shards=\"(\\d+)\"").matcher(Files.readString(site.resolve("search/index.html")));
        assertThat(named.find()).as("the search page names its shard count").isTrue();
        assertThat(named.group(1)).isNotEqualTo("1");
        String older = named.replaceFirst("data-shards=\"1\"");
        Files.createDirectories(site.resolve("search/older"));
        Files.writeString(site.resolve("search/older/index.html"), older);

        browser.driver().get(server.uri("search/older/?q=" + URLEncoder.encode("科普讲座", StandardCharsets.UTF_8)).toString());

        assertThat(awaitStatus()).isEqualTo("找到 24 条与“科普讲座”相关的结果，第 1 页，共 3 页。");
        assertThat(titles().get(0)).isEqualTo("关于举办第24期科普讲座的通知");
    }

    @Test
    void theResultsOfAnAddressAreAskedForAndShownWithoutWaitingForSiteJs() {
        // site.js is deferred, but the page counts as parsed (DOMContentLoaded) only once it has run: held back, it
        // holds that moment back, and neither the index files nor the results shown may wait for it.
        Map<String, Object> watch = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                new MutationObserver(function () {
                  var list = document.getElementById('search-results');
                  if (list && list.firstChild && !window.__firstResult) { window.__firstResult = performance.now(); }
                }).observe(document, {subtree: true, childList: true});"""));
        server.holdBack("assets/js/site.js", Duration.ofMillis(1500));
        try {
            search("沙坡头");
        } finally {
            server.holdBack(null, null);
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", watch.get("identifier")));
        }

        assertThat(titles()).containsExactly("关于开展科技下乡活动的通知");
        Number parsed = (Number) browser.script("return performance.getEntriesByType('navigation')[0].domContentLoadedEventStart");
        Number chunkAsked = (Number) browser.script("""
                return Math.min.apply(null, performance.getEntriesByType('resource')
                    .filter(function (e) { return /\\/search\\/docs\\/\\d+\\.json$/.test(e.name); })
                    .map(function (e) { return e.startTime; }));""");
        assertThat(chunkAsked.doubleValue()).as("the first result chunk asked for (ms), before the page was parsed").isLessThan(parsed.doubleValue());
        Number shown = (Number) browser.script("return window.__firstResult");
        assertThat(shown.doubleValue()).as("the first result shown (ms), before DOMContentLoaded").isLessThan(parsed.doubleValue());
    }

    @Test
    void aPlaceNameInTheTitleRanksAboveTheSamePlaceInTheBodyAndTheExcerptShowsIt() {
        search("乐家湾");

        assertThat(titles()).containsExactly("乐家湾社区科技活动安排", "关于开展科技下乡活动的通知");
        WebElement second = browser.driver().findElements(By.cssSelector("#search-results li")).get(1);
        assertThat(second.findElement(By.cssSelector(".doc-list-summary")).getText()).contains("乐家湾村文化广场");
        assertThat(second.findElements(By.cssSelector(".doc-list-summary mark"))).extracting(WebElement::getText)
                .containsExactly("乐家湾");
        assertThat(second.findElement(By.tagName("a")).getAttribute("href")).endsWith(BASE + "notices/place-in-body/");
    }

    @Test
    void aDocumentNumberFindsItsNoticeFirst() {
        search("县科协发〔2022〕13号");
        assertThat(titles()).first().isEqualTo("关于报送年度科普工作总结的通知");

        search("〔2022〕13号");
        assertThat(titles()).first().isEqualTo("关于报送年度科普工作总结的通知");
    }

    @Test
    void aWordOnlyDeepInALongBodyIsShownAndMarkedInTheExcerpt() {
        search("青铜峡");

        assertThat(titles()).containsExactly("关于做好冬季安全生产工作的通知");
        WebElement summary = browser.driver().findElement(By.cssSelector("#search-results .doc-list-summary"));
        // The index keeps the start of the text; the passage comes from the result's page just after.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> !summary.findElements(By.tagName("mark")).isEmpty());
        assertThat(summary.getText()).contains("赴青铜峡市开展督查").startsWith("…");
        assertThat(summary.findElements(By.tagName("mark"))).extracting(WebElement::getText).containsExactly("青铜峡");
    }

    @Test
    void mixedChineseAndLatinTextMatchesWhateverItsCaseAndWidth() {
        search("5g基站");
        assertThat(titles()).containsExactly("关于5G基站科普宣传的通知");

        search("５Ｇ 基站");
        assertThat(titles()).containsExactly("关于5G基站科普宣传的通知");
    }

    @Test
    void aQueryThatMatchesNothingSaysSoAndPointsToTheLists() {
        search("量子计算");

        assertThat(awaitStatus()).isEqualTo("没有找到与“量子计算”相关的结果。请换一个词，或通过下面的栏目查找。");
        assertThat(titles()).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector(".search-archives")).isDisplayed()).isTrue();
    }

    /** Waits for the filters, which the script fills after the first results are shown. */
    private void awaitFilters() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("search-filters")).isDisplayed());
    }

    @Test
    void filtersNarrowTheResultsAndShowTheirCounts() {
        search("科普讲座");
        awaitFilters();
        Select year = new Select(browser.driver().findElement(By.id("search-year")));
        assertThat(year.getOptions()).extracting(WebElement::getText).containsExactly("全部", "2022（12）", "2021（12）");

        year.selectByVisibleText("2021（12）");
        new Select(browser.driver().findElement(By.id("search-campaign"))).selectByIndex(0);

        assertThat(inPlace(() -> browser.driver().findElement(By.cssSelector("#search-filters button")).click()))
                .isEqualTo("找到 12 条与“科普讲座”相关的结果（已筛选），第 1 页，共 2 页。");
        assertThat(browser.driver().getCurrentUrl()).contains("year=1");
        awaitFilters();
        assertThat(new Select(browser.driver().findElement(By.id("search-year"))).getFirstSelectedOption().getText())
                .isEqualTo("2021（12）");
        awaitFilterCount("search-agency", "某县科学技术协会（8）");
        new Select(browser.driver().findElement(By.id("search-agency"))).selectByVisibleText("某县科学技术协会（8）");
        // Lectures 3, 9, 15 and 21 are the odd (2021) ones of the 科协.
        assertThat(inPlace(() -> browser.driver().findElement(By.cssSelector("#search-filters button")).click())).startsWith("找到 4 条");
        assertThat(browser.driver().getCurrentUrl()).contains("year=1").contains("agency=");

        // The filtered address, opened afresh, shows the same.
        browser.driver().get(browser.driver().getCurrentUrl());
        assertThat(awaitStatus()).startsWith("找到 4 条").contains("（已筛选）");
    }

    /** Waits until a filter offers an option, which the script fills from the facets after the results. */
    private void awaitFilterCount(String select, String option) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> new Select(driver.findElement(By.id(select))).getOptions().stream()
                        .anyMatch(o -> o.getText().equals(option)));
    }

    @Test
    void pagingLinksLeadToTheNextResultsAndKeepTheQuery() {
        search("科普讲座");
        List<String> first = titles();

        assertThat(inPlace(() -> browser.driver().findElement(By.cssSelector("#search-pages a[rel=next]")).click()))
                .isEqualTo("找到 24 条与“科普讲座”相关的结果，第 2 页，共 3 页。");
        assertThat(titles()).hasSize(10).doesNotContainAnyElementsOf(first);
        assertThat(browser.driver().getCurrentUrl()).contains("page=2");
        assertThat(browser.driver().findElement(By.cssSelector("#search-pages [aria-current=page]")).getText()).isEqualTo("第2页");
        assertThat(inPlace(() -> browser.driver().findElement(By.cssSelector("#search-pages a[aria-label=第3页]")).click()))
                .endsWith("第 3 页，共 3 页。");
        assertThat(titles()).hasSize(4);
    }

    @Test
    void aNewQueryInTheBoxIsAnsweredInPlaceUnderAnAddressThatWorksWhenOpenedAgain() {
        search("乐家湾");
        WebElement box = browser.driver().findElement(By.id("search-q"));
        box.clear();

        String status = inPlace(() -> box.sendKeys("沙坡头", Keys.ENTER));

        assertThat(status).isEqualTo("找到 1 条与“沙坡头”相关的结果。");
        assertThat(browser.driver().findElement(By.id("search-status")).getAttribute("role")).isEqualTo("status");
        assertThat(titles()).containsExactly("关于开展科技下乡活动的通知");
        assertThat(browser.driver().switchTo().activeElement()).as("focus stays in the box").isEqualTo(box);
        String address = browser.driver().getCurrentUrl();
        assertThat(address).contains(BASE + "search/?q=" + URLEncoder.encode("沙坡头", StandardCharsets.UTF_8));

        browser.driver().get(address);
        assertThat(awaitStatus()).isEqualTo(status);
        assertThat(titles()).containsExactly("关于开展科技下乡活动的通知");
    }

    @Test
    void backAndForwardShowTheResultsOfTheirAddressInElderMode() {
        search("乐家湾");
        browser.elderMode(true);
        try {
            WebElement box = browser.driver().findElement(By.id("search-q"));
            box.clear();
            inPlace(() -> box.sendKeys("科普讲座", Keys.ENTER));
            inPlace(() -> browser.driver().findElement(By.cssSelector("#search-pages a[rel=next]")).click());

            assertThat(inPlace(() -> browser.driver().navigate().back())).endsWith("第 1 页，共 3 页。");
            assertThat(browser.driver().findElement(By.id("search-q")).getAttribute("value")).isEqualTo("科普讲座");
            assertThat(inPlace(() -> browser.driver().navigate().back())).isEqualTo("找到 2 条与“乐家湾”相关的结果。");
            assertThat(titles()).containsExactly("乐家湾社区科技活动安排", "关于开展科技下乡活动的通知");
            assertThat(browser.driver().findElement(By.id("search-q")).getAttribute("value")).isEqualTo("乐家湾");
            assertThat(inPlace(() -> browser.driver().navigate().forward())).endsWith("第 1 页，共 3 页。");
            assertThat(inPlace(() -> browser.driver().navigate().forward())).endsWith("第 2 页，共 3 页。");

            // Still 长者模式, and its large text, on results shown in place.
            assertThat(browser.inElderMode()).isTrue();
            double size = Double.parseDouble(browser.driver().findElement(By.cssSelector("#search-results .doc-list-summary"))
                    .getCssValue("font-size").replace("px", ""));
            assertThat(size).isGreaterThanOrEqualTo(20);
        } finally {
            browser.elderMode(false);
        }
    }

    @Test
    void aPageLinkFollowedByKeyboardMovesFocusToTheCountFromWhichTabReachesTheResults() {
        search("科普讲座");
        WebElement next = browser.driver().findElement(By.cssSelector("#search-pages a[rel=next]"));

        inPlace(() -> next.sendKeys(Keys.ENTER));

        WebElement status = browser.driver().findElement(By.id("search-status"));
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(status);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement())
                .isEqualTo(browser.driver().findElement(By.cssSelector("#search-results a")));
    }

    @Test
    void theSearchPageHasOneSearchBoxItsOwn() {
        search("乐家湾");

        assertThat(browser.driver().findElements(By.cssSelector("input[type=search]"))).extracting(e -> e.getAttribute("id"))
                .containsExactly("search-q");
        assertThat(browser.driver().findElements(By.cssSelector("[role=search]"))).hasSize(1);
        // Other pages keep the header's box, which leads here.
        browser.driver().get(server.uri("notices/").toString());
        assertThat(browser.driver().findElements(By.cssSelector("header input#site-search[type=search]"))).hasSize(1);
    }

    @Test
    void theHeaderBoxOfAnyPageSearchesByKeyboardAndTabLeadsToTheResults() {
        browser.driver().get(server.uri("notices/").toString());
        WebElement box = browser.driver().findElement(By.id("site-search"));
        navigate(() -> box.sendKeys("沙坡头", Keys.ENTER));

        assertThat(awaitStatus()).startsWith("找到 1 条");
        assertThat(browser.driver().getCurrentUrl()).contains(BASE + "search/?q=");
        assertThat(browser.driver().findElement(By.id("search-q")).getAttribute("value")).isEqualTo("沙坡头");
        WebElement result = browser.driver().findElement(By.cssSelector("#search-results a"));
        browser.driver().findElement(By.id("search-q")).click();
        for (int i = 0; i < 12 && !result.equals(browser.driver().switchTo().activeElement()); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(browser.driver().switchTo().activeElement()).as("Tab reaches the first result").isEqualTo(result);
        result.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/notices/place-in-body/"));
    }

    @Test
    void resultsAndTheirFiltersFitTheNarrowestWindowInBothModes() {
        // Many agencies and campaigns in the filters: a select as wide as its longest name must not widen the page.
        browser.resize(Viewport.DESKTOP_AT_400_PERCENT);
        try {
            for (boolean elder : new boolean[] {false, true}) {
                search("科技");
                browser.elderMode(elder);
                // The filters come a moment after the results (facets.json is read once they are shown).
                awaitFilters();
                assertThat(PageScripts.problems(browser, "layout-problems.js")).as("长者模式 %s", elder).isEmpty();
            }
        } finally {
            browser.elderMode(false);
            browser.resize(Viewport.DESKTOP);
        }
    }

    @Test
    void resultsAreLargeInElderModeAndFitAPhone() {
        browser.resize(Viewport.PHONE);
        search("乐家湾");
        browser.elderMode(true);
        try {
            double size = Double.parseDouble(browser.driver().findElement(By.cssSelector("#search-results .doc-list-summary"))
                    .getCssValue("font-size").replace("px", ""));
            assertThat(size).isGreaterThanOrEqualTo(20);
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        } finally {
            browser.elderMode(false);
            browser.resize(Viewport.DESKTOP);
        }
    }

    @Test
    void theResultsPageIsAxeCleanAndAsksNoOtherHostAndOnlyTheFilesItNeeds() {
        browser.requestedAddresses();
        search("乐家湾");

        List<Rule> violations = Axe.wcagViolations(browser);
        assertThat(violations).as("WCAG 2.1 AA violations:%s", Axe.describe(violations)).isEmpty();
        List<String> requested = browser.requestedAddresses();
        assertThat(requested).allSatisfy(address -> assertThat(address).startsWith("http://" + server.origin() + BASE));
        assertThat(requested).filteredOn(address -> address.contains("/search/") && address.endsWith(".json"))
                .allSatisfy(address -> assertThat(address).matches(".*/search/(index|facets|shards/\\d+|docs/\\d+)\\.json"))
                .anySatisfy(address -> assertThat(address).endsWith("/search/index.json"));
        assertThat(browser.securityPolicyViolations()).isEmpty();
    }

    @Test
    void withoutJavaScriptThePageLinksToTheListsInstead() {
        Browser plain = Browser.withoutJavaScript();
        plain.driver().get(server.uri("search/?q=" + URLEncoder.encode("乐家湾", StandardCharsets.UTF_8)).toString());

        assertThat(plain.driver().findElement(By.id("search-noscript")).isDisplayed()).isTrue();
        assertThat(plain.driver().findElement(By.id("search-form")).isDisplayed()).isFalse();
        assertThat(plain.driver().findElements(By.cssSelector(".search-archives a"))).extracting(WebElement::getText)
                .contains("通知公告", "网站地图");
    }

    @Test
    void theBakedSiteFindsItsPlanByPlaceName() {
        BuiltSite baked = BuiltSite.get();
        browser.driver().get("http://" + browser.origin() + baked.basePath() + "search/?q="
                + URLEncoder.encode("沙坡头", StandardCharsets.UTF_8));
        awaitStatus();

        assertThat(titles()).isNotEmpty();
        assertThat(titles().get(0)).contains("沙坡头");
    }
}
