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
 * {@code Emulation.setCPUThrottlingRate}) and its cache off, median of {@link #RUNS} runs (5, or {@code -Dbench.runs=N}): for each
 * query, the bytes of the search index it downloaded before the results were shown (manifest,
 * shards, result chunks; served uncompressed), the bytes it downloaded after them (the facets for
 * the filters, the result pages read for excerpts around deep matches), and how long until the
 * results were shown: from the start of navigation (the reader's view) and from the moment the script
 * asked for its first index file (the script's own part); each as "first" (the first result in the
 * list, or the status when there is none), "all" (the status, the live region, set once the page of
 * results is complete) and "painted" (the next frame after that: {@code requestAnimationFrame}, then
 * a task). Then the same query asked in place (typed into the search page's box and submitted, on a
 * page that shows another query's results; the script answers without loading a page): how long from
 * the submission until the first result and until the status, the same medians. First of all, the floor
 * those figures stand on: when a trivial static page (one sentence, no stylesheet, no script, served by
 * the same server) and the search page without a query are received, parsed (DOMContentLoaded) and
 * first painted, under the same throttling, so that what part of a query's time is the browser's own
 * navigation work can be read.
 *
 * <p>{@code java -cp CLASSPATH bench/SearchQueryBench.java OUT QUERY…} with Selenium on the class path.
 *
 * <p>With {@code -Dbench.against=OTHER} (another build of the same site, say before a change), each query
 * is loaded from both builds in turn, OTHER then OUT, then OUT then OTHER, and so on, so that a machine
 * whose speed drifts by a third within minutes (docs/performance.md) slows both alike; a second row gives
 * OTHER's medians and the paired difference of the first results (OUT minus OTHER, median of the pairs,
 * and in how many pairs OUT came first).
 */
public final class SearchQueryBench {

    static {
        // As a web server does (nginx: tcp_nodelay on): the JDK's server leaves Nagle's algorithm on, and on a
        // kept-alive connection an answer's body then waits up to 40 ms for the browser's delayed ACK of its
        // headers (docs/performance.md). Read once, when the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    /** Another build to compare with, load by load, or null. */
    private static final String AGAINST = System.getProperty("bench.against");
    /** The query on show when the measured one is asked in place. */
    private static final String BEFORE_IN_PLACE = "通知";

    /** The trivial page of the floor, served at {@code /floor/}. */
    private static final byte[] FLOOR = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>空白页</title></head>
            <body><p>本页只有一句话。</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private static final String WATCH = """
            new MutationObserver(function () {
              var s = document.getElementById('search-status'), list = document.getElementById('search-results');
              if (list && list.firstChild && !window.__first) { window.__first = performance.now(); }
              if (s && s.textContent && !window.__shown) {
                window.__first = window.__first || performance.now();
                window.__shown = performance.now();
                requestAnimationFrame(function () { setTimeout(function () { window.__painted = performance.now(); }, 0); });
              }
            }).observe(document, {subtree: true, childList: true, characterData: true});""";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        HttpServer server = serve(out);
        HttpServer other = AGAINST == null ? null : serve(Path.of(AGAINST).toAbsolutePath());
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
            String otherOrigin = other == null ? null : "http://127.0.0.1:" + other.getAddress().getPort() + "/";
            // The first page load of a browser is slower than any reader's: warm it up once.
            driver.get(origin + "search/?q=" + URLEncoder.encode("通知", StandardCharsets.UTF_8));
            wait(driver);
            System.out.printf("   floor, ms from navigation (median of %d): %13s %6s %13s%n", RUNS, "HTML received", "parsed", "first painted");
            printFloor(driver, "a trivial page (no CSS or JS)", origin + "floor/");
            printFloor(driver, "the search page, no query", origin + "search/");
            if (other != null) {
                printFloor(driver, "the same, of " + Path.of(AGAINST).getFileName(), otherOrigin + "search/");
            }
            System.out.printf("   %-24s %8s %5s %8s %7s | %6s %6s %7s | %6s %6s %7s | %6s %6s | %s%n", "query", "index KB", "files",
                    "after KB", "page KB", "first", "all", "painted", "first", "all", "painted", "first", "all", "status");
            System.out.printf("   %-24s %8s %5s %8s %7s | %-22s | %-22s | %-13s |%n", "", "", "", "", "", "ms from navigation",
                    "ms from 1st index ask", "ms, in place");
            for (String query : List.of(args).subList(1, args.length)) {
                List<List<Double>> times = new ArrayList<>();
                for (int column = 0; column < 6; column++) {
                    times.add(new ArrayList<>());
                }
                List<List<Double>> otherTimes = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                Map<String, Object> m = Map.of();
                for (int run = 0; run < RUNS; run++) {
                    String address = "search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
                    if (other != null && run % 2 == 0) {
                        loadOther(driver, otherOrigin + address, otherTimes);
                    }
                    driver.get(origin + address);
                    wait(driver);
                    // What the script asks for after the results (facets, result pages) has time to come.
                    Thread.sleep(1500);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> measured = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                            var r = performance.getEntriesByType('resource'), index = 0, after = 0, page = 0, n = 0, asked = Infinity;
                            r.forEach(function (e) {
                              if (e.initiatorType === 'fetch' && e.startTime >= window.__shown) { after += e.decodedBodySize; }
                              else if (/\\/search\\/.*\\.json$/.test(e.name)) { index += e.decodedBodySize; n++; asked = Math.min(asked, e.startTime); }
                              else { page += e.decodedBodySize; }
                            });
                            var nav = performance.getEntriesByType('navigation')[0];
                            return {first: window.__first, shown: window.__shown, painted: window.__painted, asked: asked, index: index, after: after,
                                    page: page + nav.decodedBodySize, n: n,
                                    status: document.getElementById('search-status').textContent};""");
                    m = measured;
                    double shown = ((Number) m.get("shown")).doubleValue();
                    double painted = ((Number) m.get("painted")).doubleValue();
                    double asked = ((Number) m.get("asked")).doubleValue();
                    double first = ((Number) m.get("first")).doubleValue();
                    double[] values = {first, shown, painted, first - asked, shown - asked, painted - asked};
                    for (int column = 0; column < values.length; column++) {
                        times.get(column).add(values[column]);
                    }
                    if (other != null && run % 2 == 1) {
                        loadOther(driver, otherOrigin + address, otherTimes);
                    }
                }
                List<Double> inPlaceFirst = new ArrayList<>(), inPlaceAll = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    driver.get(origin + "search/?q=" + URLEncoder.encode(BEFORE_IN_PLACE, StandardCharsets.UTF_8));
                    wait(driver);
                    Thread.sleep(1500);
                    ((JavascriptExecutor) driver).executeScript("""
                            window.__first = window.__shown = window.__painted = 0;
                            document.getElementById('search-q').value = arguments[0];
                            window.__asked = performance.now();
                            document.getElementById('search-form').requestSubmit();""", query);
                    wait(driver);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> measured = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                            "return {first: window.__first - window.__asked, shown: window.__shown - window.__asked};");
                    inPlaceFirst.add(((Number) measured.get("first")).doubleValue());
                    inPlaceAll.add(((Number) measured.get("shown")).doubleValue());
                }
                System.out.printf("   %-24s %8.1f %5d %8.1f %7.1f | %6.0f %6.0f %7.0f | %6.0f %6.0f %7.0f | %6.0f %6.0f | %s%n", query,
                        ((Number) m.get("index")).doubleValue() / 1024, ((Number) m.get("n")).longValue(),
                        ((Number) m.get("after")).doubleValue() / 1024, ((Number) m.get("page")).doubleValue() / 1024,
                        median(times.get(0)), median(times.get(1)), median(times.get(2)), median(times.get(3)),
                        median(times.get(4)), median(times.get(5)), median(inPlaceFirst), median(inPlaceAll), m.get("status"));
                if (other != null) {
                    List<Double> differences = new ArrayList<>();
                    int sooner = 0;
                    for (int run = 0; run < RUNS; run++) {
                        differences.add(times.get(0).get(run) - otherTimes.get(0).get(run));
                        sooner += differences.get(run) < 0 ? 1 : 0;
                    }
                    System.out.printf("   %-24s %31s | %6.0f %6.0f %7.0f | first, this minus that: median %+.0f ms; sooner in %d of %d pairs%n",
                            "  against " + Path.of(AGAINST).getFileName(), "", median(otherTimes.get(0)), median(otherTimes.get(1)),
                            median(otherTimes.get(2)), median(differences), sooner, RUNS);
                }
            }
        } finally {
            driver.quit();
            server.stop(0);
            if (other != null) {
                other.stop(0);
            }
        }
    }

    /** A server on a free loopback port for a built site, and the floor's trivial page at {@code /floor/}. */
    private static HttpServer serve(Path out) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/floor/", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, FLOOR.length);
                exchange.getResponseBody().write(FLOOR);
            }
        });
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
        // Daemon threads: the JVM ends with main, which stop(0) alone would not let it do.
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return server;
    }

    /** When a page is received, parsed (DOMContentLoaded) and first painted, medians of {@link #RUNS} loads. */
    private static void printFloor(ChromeDriver driver, String label, String url) {
        List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < RUNS; run++) {
            driver.get(url);
            @SuppressWarnings("unchecked")
            List<Number> measured = (List<Number>) new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                    ((JavascriptExecutor) d).executeScript("""
                            var nav = performance.getEntriesByType('navigation')[0];
                            var paint = performance.getEntriesByName('first-contentful-paint')[0];
                            return document.readyState === 'complete' && paint
                                ? [nav.responseEnd, nav.domContentLoadedEventEnd, paint.startTime] : null;"""));
            for (int i = 0; i < 3; i++) {
                times.get(i).add(measured.get(i).doubleValue());
            }
        }
        System.out.printf("     %-41s %13.0f %6.0f %13.0f%n", label, median(times.get(0)), median(times.get(1)), median(times.get(2)));
    }

    /** One load of the other build's page: first result, status and painted, ms from navigation. */
    private static void loadOther(ChromeDriver driver, String url, List<List<Double>> times) throws InterruptedException {
        driver.get(url);
        wait(driver);
        Thread.sleep(1500);
        @SuppressWarnings("unchecked")
        List<Number> measured = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "return [window.__first, window.__shown, window.__painted];");
        for (int i = 0; i < 3; i++) {
            times.get(i).add(measured.get(i).doubleValue());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static void wait(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                ((JavascriptExecutor) d).executeScript("return window.__painted || null") != null);
    }
}
