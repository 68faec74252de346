package org.gazette.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian Chromium, driven through Debian's chromedriver, looking at the built site
 * served from the loopback address. One session is shared by every test of the run (starting
 * Chromium costs more than most tests); each test sets the viewport, mode and media it needs.
 *
 * <p>Every request the browser makes is logged, so tests can prove that no page asks anything of
 * another host. Host names other than the loopback address do not resolve at all, so a stray
 * request fails at once instead of reaching the network.
 */
final class Browser {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Selenium looks for DevTools bindings of this Chromium's version; the tests use none, so its warning is noise. */
    private static final Logger CDP_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static Browser shared;
    private static Browser withoutScripts;
    private static SiteServer server;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(boolean javaScript) throws IOException {
        this.profile = Files.createTempDirectory("gazette-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("gazette.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--hide-scrollbars",
                "--force-color-profile=srgb", "--lang=zh-CN", "--window-size=1280,800",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    /** The session shared by the tests, with JavaScript on as most readers have it. */
    static synchronized Browser shared() {
        if (shared == null) {
            shared = start(true);
        }
        return shared;
    }

    /** A second session with JavaScript switched off, as some readers and old phones have it. */
    static synchronized Browser withoutJavaScript() {
        if (withoutScripts == null) {
            withoutScripts = start(false);
        }
        return withoutScripts;
    }

    private static Browser start(boolean javaScript) {
        try {
            if (server == null) {
                BuiltSite site = BuiltSite.get();
                server = SiteServer.start(site.root(), site.basePath());
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            }
            Browser browser = new Browser(javaScript);
            Runtime.getRuntime().addShutdownHook(new Thread(browser::quit));
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The origin ({@code host:port}) pages are served from. */
    String origin() {
        return server.origin();
    }

    /** Loads a page at a window size, in the standard (not 长者模式) view. */
    void open(BuiltSite.Page page, Viewport viewport) {
        open(page, viewport, false);
    }

    /** Loads a page at a window size, in 长者模式 or not. */
    void open(BuiltSite.Page page, Viewport viewport, boolean elder) {
        resize(viewport);
        visit(page);
        if (elder || !driver.findElements(By.id("elder")).isEmpty()) {
            elderMode(elder);
        }
    }

    /** Goes to a page as a reader following a link does, keeping the window and what the site remembers. */
    void visit(BuiltSite.Page page) {
        driver.get(server.uri(page.href()).toString());
    }

    /**
     * Switches 长者模式 on or off as a reader does, with the labelled control in the header. With
     * JavaScript the choice is then remembered for the pages loaded next.
     */
    void elderMode(boolean on) {
        List<WebElement> controls = driver.findElements(By.id("elder"));
        if (controls.isEmpty()) {
            throw new AssertionError("The page has no 长者模式 switch (#elder): " + driver.getCurrentUrl());
        }
        WebElement control = controls.get(0);
        if (control.isSelected() != on) {
            driver.findElement(By.cssSelector("label[for=elder]")).click();
        }
    }

    /** Whether the loaded page is shown in 长者模式. */
    boolean inElderMode() {
        return driver.findElement(By.id("elder")).isSelected();
    }

    /** Sets the size of the page's viewport, as a window of that size or a phone would have it. */
    void resize(Viewport viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(),
                "height", viewport.height(), "deviceScaleFactor", 1, "mobile", viewport.mobile()));
    }

    /** Emulates a CSS media type ({@code print}, {@code screen}) and media features such as reduced motion. */
    void emulateMedia(String media, Map<String, String> features) {
        List<Map<String, String>> list = new ArrayList<>();
        features.forEach((name, value) -> list.add(Map.of("name", name, "value", value)));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features", list));
    }

    /** Back to the plain screen. */
    void resetMedia() {
        emulateMedia("", Map.of());
    }

    /** Runs a script in the page and returns its result. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Every address the browser requested since the last call. */
    List<String> requestedAddresses() {
        List<String> addresses = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                JsonNode params = message.path("params");
                // Chromium's own pages (the new-tab page at start-up) log their requests too; they are not the site's.
                boolean browserOwn = params.path("documentURL").asText().startsWith("chrome");
                if ("Network.requestWillBeSent".equals(message.path("method").asText()) && !browserOwn) {
                    addresses.add(params.path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return addresses;
    }

    /** What the browser logged since the last call about the page breaking its Content-Security-Policy. */
    List<String> securityPolicyViolations() {
        List<String> violations = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                violations.add(entry.getMessage());
            }
        }
        return violations;
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // A temporary folder left behind is harmless.
            }
        }
    }
}
