import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Where the time from navigation to a query's first results goes on the search page, in headless
 * Chromium with its CPU throttled 4× and its cache off, as bench/SearchQueryBench.java measures it:
 * the page's milestones (HTML received, stylesheet and scripts received, DOM parsed, the first index
 * request, the first result) from Navigation and Resource Timing, and the renderer main thread's time
 * up to the first index request by kind of work (HTML parse, style, layout, script compile and run,
 * paint, the rest), from a Chromium performance trace (ChromeDriver's performance log with trace
 * categories). Median of {@link #RUNS} runs for the milestones; the trace is that of the last run.
 *
 * <p>{@code java -cp CLASSPATH bench/SearchTrace.java OUT QUERY} with Selenium and Jackson on the class
 * path (bench/search.sh builds it).
 */
public final class SearchTrace {

    static {
        // As a web server does (nginx: tcp_nodelay on): the JDK's server leaves Nagle's algorithm on, and on a
        // kept-alive connection an answer's body then waits up to 40 ms for the browser's delayed ACK of its
        // headers (docs/performance.md). Read once, when the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final int RUNS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Trace event names by the kind of work they are; a name not listed counts as "other". */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        for (String name : List.of("ParseHTML")) {
            KINDS.put(name, "HTML parse");
        }
        for (String name : List.of("ParseAuthorStyleSheet", "UpdateLayoutTree", "RecalculateStyles", "ScheduleStyleRecalculation",
                "InvalidateLayout")) {
            KINDS.put(name, "style");
        }
        for (String name : List.of("Layout", "UpdateLayout")) {
            KINDS.put(name, "layout");
        }
        for (String name : List.of("v8.compile", "v8.compileModule", "V8.CompileCode", "v8.parseOnBackground",
                "V8.ScriptCompiler", "v8.produceCache", "v8.produceModuleCache", "v8.deserializeOnBackground")) {
            KINDS.put(name, "script compile");
        }
        for (String name : List.of("EvaluateScript", "v8.evaluateModule", "FunctionCall", "v8.run", "V8.Execute",
                "EventDispatch", "TimerFire", "FireAnimationFrame", "XHRReadyStateChange", "v8.callFunction",
                "RunMicrotasks", "V8.GCScavenger", "MinorGC", "MajorGC", "V8.GC_SCAVENGER", "BlinkGC.AtomicPhase")) {
            KINDS.put(name, "script run");
        }
        for (String name : List.of("Paint", "PrePaint", "Layerize", "UpdateLayerTree", "CompositeLayers", "Commit",
                "PaintImage", "Decode Image", "ImageDecodeTask", "RasterTask")) {
            KINDS.put(name, "paint");
        }
    }

    private static final String WATCH = """
            new MutationObserver(function () {
              var list = document.getElementById('search-results');
              if (list && list.firstChild && !window.__first) { window.__first = performance.now(); }
            }).observe(document, {subtree: true, childList: true});""";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        String query = args[1];
        HttpServer server = serve(out);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", false, "enablePage", false,
                "traceCategories", "devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing,loading"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        try {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/search/?q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8);
            driver.get(url);
            awaitFirst(driver);
            Map<String, List<Double>> milestones = new LinkedHashMap<>();
            List<LogEntry> trace = List.of();
            Map<String, Object> last = Map.of();
            for (int run = 0; run < RUNS; run++) {
                driver.manage().logs().get(LogType.PERFORMANCE);
                driver.get(url);
                awaitFirst(driver);
                Thread.sleep(300);
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                        var nav = performance.getEntriesByType('navigation')[0], out = {}, asked = Infinity;
                        out['HTML received'] = nav.responseEnd;
                        performance.getEntriesByType('resource').forEach(function (e) {
                          if (/\\/search\\/.*\\.json$/.test(e.name)) { asked = Math.min(asked, e.startTime); }
                          else if (/\\.(css|js)$/.test(e.name)) { out[e.name.replace(/.*\\//, '') + ' received'] = e.responseEnd; }
                        });
                        out['DOM parsed (domInteractive)'] = nav.domInteractive;
                        out['DOMContentLoaded end'] = nav.domContentLoadedEventEnd;
                        out['first index request'] = asked;
                        out['first result'] = window.__first;
                        return out;""");
                m.forEach((k, v) -> milestones.computeIfAbsent(k, x -> new ArrayList<>()).add(((Number) v).doubleValue()));
                last = m;
                trace = driver.manage().logs().get(LogType.PERFORMANCE).getAll();
            }
            System.out.printf("   search page, q=%s: milestones, ms from navigation (median of %d)%n", query, RUNS);
            milestones.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(median(a), median(b))))
                    .forEach(e -> System.out.printf("     %-32s %6.0f%n", e.getKey(), median(e.getValue())));
            double asked = ((Number) last.get("first index request")).doubleValue();
            double first = ((Number) last.get("first result")).doubleValue();
            printShares(trace, asked, first);
        } finally {
            driver.quit();
            server.stop(0);
        }
    }

    /** The renderer main thread's self time by kind of work before the first index request and after it. */
    private static void printShares(List<LogEntry> log, double askedMs, double firstMs) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        Map<String, String> threadNames = new TreeMap<>();
        for (LogEntry entry : log) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (!"Tracing.dataCollected".equals(message.path("method").asText())) {
                continue;
            }
            JsonNode e = message.path("params");
            if ("thread_name".equals(e.path("name").asText())) {
                threadNames.put(e.path("pid").asText() + ":" + e.path("tid").asText(), e.path("args").path("name").asText());
            }
            events.add(e);
        }
        // The renderer that loaded the page: the main thread with the latest navigationStart for the search page.
        double navigationStart = -1;
        String main = null;
        for (JsonNode e : events) {
            if ("navigationStart".equals(e.path("name").asText())
                    && e.path("args").path("data").path("documentLoaderURL").asText().contains("/search/")
                    && e.path("ts").asDouble() > navigationStart) {
                navigationStart = e.path("ts").asDouble();
                main = e.path("pid").asText() + ":" + e.path("tid").asText();
            }
        }
        if (main == null) {
            System.out.println("     (no navigationStart in the trace)");
            return;
        }
        double askedTs = navigationStart + askedMs * 1000, firstTs = navigationStart + firstMs * 1000;
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode e : events) {
            if ((e.path("pid").asText() + ":" + e.path("tid").asText()).equals(main) && "X".equals(e.path("ph").asText())
                    && e.path("ts").asDouble() >= navigationStart) {
                mine.add(e);
            }
        }
        mine.sort((a, b) -> a.path("ts").asDouble() != b.path("ts").asDouble()
                ? Double.compare(a.path("ts").asDouble(), b.path("ts").asDouble())
                : Double.compare(b.path("dur").asDouble(), a.path("dur").asDouble()));
        Map<String, double[]> shares = new LinkedHashMap<>();
        for (String kind : List.of("HTML parse", "style", "layout", "script compile", "script run", "paint", "other")) {
            shares.put(kind, new double[2]);
        }
        // Self time: an event's duration less its children's, nested by time on the one thread.
        double[] childTime = new double[mine.size()];
        int[] parent = new int[mine.size()];
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < mine.size(); i++) {
            double ts = mine.get(i).path("ts").asDouble();
            while (!stack.isEmpty() && ts >= end(mine.get(stack.peek()))) {
                stack.pop();
            }
            parent[i] = stack.isEmpty() ? -1 : stack.peek();
            if (parent[i] >= 0) {
                childTime[parent[i]] += mine.get(i).path("dur").asDouble();
            }
            stack.push(i);
        }
        Map<String, Double> others = new TreeMap<>();
        for (int i = 0; i < mine.size(); i++) {
            JsonNode e = mine.get(i);
            double self = Math.max(0, e.path("dur").asDouble() - childTime[i]);
            String kind = kindOf(mine, parent, i);
            double ts = e.path("ts").asDouble();
            if (ts < firstTs) {
                shares.get(kind)[ts < askedTs ? 0 : 1] += self;
                if (kind.equals("other") && ts < askedTs) {
                    others.merge(e.path("name").asText(), self, Double::sum);
                }
            }
        }
        System.out.printf("   main thread busy, ms (last run's trace): %14s %14s%n", "to 1st request", "then to 1st result");
        double[] total = new double[2];
        shares.forEach((kind, t) -> {
            System.out.printf("     %-38s %14.0f %14.0f%n", kind, t[0] / 1000, t[1] / 1000);
            total[0] += t[0];
            total[1] += t[1];
        });
        System.out.printf("     %-38s %14.0f %14.0f   (of %.0f and %.0f ms)%n", "in all", total[0] / 1000, total[1] / 1000,
                askedMs, firstMs - askedMs);
        System.out.print("     other, to the first request, by event (ms):");
        others.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(6)
                .forEach(e -> System.out.printf(" %s %.0f;", e.getKey(), e.getValue() / 1000));
        System.out.println();
        if (Boolean.getBoolean("trace.timeline")) {
            printTimeline(mine, parent, navigationStart, firstTs);
        }
    }

    /**
     * With {@code -Dtrace.timeline=true}: each task of the main thread up to the first result that took 2 ms or
     * more, when it started, how long it took and its longest events below it, so that what the page waits
     * for between two milestones can be read. Its times count from the trace's {@code navigationStart}, which
     * need not be the milestones' origin (Navigation Timing): in runs on a loaded machine the two differed by up
     * to 150 ms, so read the order and the durations, not the start times against the milestones.
     */
    private static void printTimeline(List<JsonNode> events, int[] parent, double navigationStart, double firstTs) {
        System.out.println("   main thread tasks of 2 ms or more up to the first result (start ms, duration ms: longest events inside)");
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            if (parent[i] >= 0 || e.path("ts").asDouble() > firstTs || e.path("dur").asDouble() < 2000) {
                continue;
            }
            Map<String, Double> inside = new TreeMap<>();
            for (int j = i + 1; j < events.size() && events.get(j).path("ts").asDouble() < end(e); j++) {
                String name = events.get(j).path("name").asText();
                JsonNode data = events.get(j).path("args").path("data");
                String url = data.path("url").asText(data.path("fileName").asText(""));
                if (!url.isEmpty()) {
                    name += "(" + url.replaceAll(".*/", "") + ")";
                }
                inside.merge(name, events.get(j).path("dur").asDouble(), Math::max);
            }
            StringBuilder line = new StringBuilder();
            inside.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                    .forEach(x -> line.append(String.format(" %s %.1f;", x.getKey(), x.getValue() / 1000)));
            System.out.printf("     %6.0f %6.1f %s:%s%n", (e.path("ts").asDouble() - navigationStart) / 1000,
                    e.path("dur").asDouble() / 1000, e.path("name").asText(), line);
        }
    }

    /** An event's kind, or its nearest ancestor's with a kind (a compile inside an EvaluateScript is a compile). */
    private static String kindOf(List<JsonNode> events, int[] parent, int i) {
        for (int at = i; at >= 0; at = parent[at]) {
            String kind = KINDS.get(events.get(at).path("name").asText());
            if (kind != null) {
                return kind;
            }
        }
        return "other";
    }

    private static double end(JsonNode e) {
        return e.path("ts").asDouble() + e.path("dur").asDouble();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static void awaitFirst(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                ((JavascriptExecutor) d).executeScript("return window.__first || null") != null);
    }

    private static HttpServer serve(Path out) throws Exception {
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
        // Daemon threads: the JVM ends with main, which stop(0) alone would not let it do.
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return server;
    }
}
