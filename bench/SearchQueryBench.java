import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What one search costs a reader, in headless Chromium with its CPU throttled 4× (CDP
 * {@code Emulation.setCPUThrottlingRate}) and its cache off: for each query, the bytes of the
 * search index it downloaded (manifest, shards, result chunks; served uncompressed) and how long
 * until the results were shown, from the start of navigation and from the moment the script asked
 * for the manifest.
 *
 * <p>{@code java -cp CLASSPATH bench/SearchQueryBench.java OUT QUERY…} with Selenium on the class path.
 */
public final class SearchQueryBench {

    private static final String WATCH = """
            new MutationObserver(function () {
              var s = document.getElementById('search-status');
              if (s && s.textContent && !window.__shown) { window.__shown = performance.now(); }
            }).observe(document, {subtree: true, childList: true, characterData: true});""";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Path file = out.resolve(path.substring(1));
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (!file.normalize().startsWith(out) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                        : name.endsWith(".json") ? "application/json" : name.endsWith(".js") ? "text/javascript"
                        : name.endsWith(".css") ? "text/css" : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream");
                byte[] bytes = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        try {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            String origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            // The first page load of a browser is slower than any reader's: warm it up once.
            driver.get(origin + "search/?q=" + URLEncoder.encode("通知", StandardCharsets.UTF_8));
            wait(driver);
            System.out.printf("   %-24s %8s %6s %9s %13s %12s  %s%n", "query", "index KB", "files", "page KB",
                    "shown (ms)", "after index", "status");
            for (String query : List.of(args).subList(1, args.length)) {
                List<Double> shown = new ArrayList<>();
                List<Double> after = new ArrayList<>();
                double indexBytes = 0;
                double pageBytes = 0;
                long files = 0;
                String status = "";
                for (int run = 0; run < 3; run++) {
                    driver.get(origin + "search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                    wait(driver);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                            var r = performance.getEntriesByType('resource'), index = 0, page = 0, n = 0, asked = 0;
                            r.forEach(function (e) {
                              if (/\\/search\\/.*\\.json$/.test(e.name)) { index += e.decodedBodySize; n++;
                                if (/index\\.json$/.test(e.name)) { asked = e.startTime; } }
                              else { page += e.decodedBodySize; }
                            });
                            var nav = performance.getEntriesByType('navigation')[0];
                            return {shown: window.__shown, asked: asked, index: index, page: page + nav.decodedBodySize, n: n,
                                    status: document.getElementById('search-status').textContent};""");
                    shown.add(((Number) m.get("shown")).doubleValue());
                    after.add(((Number) m.get("shown")).doubleValue() - ((Number) m.get("asked")).doubleValue());
                    indexBytes = ((Number) m.get("index")).doubleValue();
                    pageBytes = ((Number) m.get("page")).doubleValue();
                    files = ((Number) m.get("n")).longValue();
                    status = (String) m.get("status");
                }
                shown.sort(null);
                after.sort(null);
                System.out.printf("   %-24s %8.1f %6d %9.1f %13.0f %12.0f  %s%n", query, indexBytes / 1024, files,
                        pageBytes / 1024, shown.get(1), after.get(1), status);
            }
        } finally {
            driver.quit();
            server.stop(0);
        }
    }

    private static void wait(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                ((JavascriptExecutor) d).executeScript("return window.__shown || null") != null);
    }
}
