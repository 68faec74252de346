package org.gazette.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gazette.site.UrlPaths;

/**
 * A static web server for a built site folder, on the loopback address only: what a web server
 * publishing {@code target/site} would answer, so the browser sees the site as readers do.
 */
final class SiteServer implements AutoCloseable {

    static {
        // As a web server does (nginx: tcp_nodelay on): the JDK's server leaves Nagle's algorithm on, and on a
        // kept-alive connection an answer's body then waits up to 40 ms for the browser's delayed ACK of its
        // headers (docs/performance.md). Read once, when the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "xml", "application/xml; charset=utf-8",
            "png", "image/png",
            "ics", "text/calendar; charset=utf-8",
            "vcf", "text/vcard; charset=utf-8",
            "csv", "text/csv; charset=utf-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService threads;
    /** A path ending and how long its answer is held back (slow), or null. */
    private volatile Map.Entry<String, Duration> slow;

    private SiteServer(Path root, String basePath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "site-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /**
     * Starts serving a site folder.
     *
     * @param root     the built site
     * @param basePath the path the site is published under, {@code /} or e.g. {@code /kjz/}
     */
    static SiteServer start(Path root, String basePath) throws IOException {
        Objects.requireNonNull(root, "root");
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with /: " + basePath);
        }
        return new SiteServer(root, basePath);
    }

    /** The address of a path below the site root, written as links are (percent-encoded). */
    URI uri(String encodedPath) {
        return URI.create("http://" + origin() + basePath + encodedPath);
    }

    /**
     * Holds back the answers to paths that end with a suffix (e.g. a script that blocks the parser), so that a
     * test can see what a page does while it waits for it; null ends it.
     */
    void holdBack(String suffix, Duration delay) {
        slow = suffix == null ? null : Map.entry(suffix, delay);
    }

    /** {@code host:port} of this server. */
    String origin() {
        InetSocketAddress address = server.getAddress();
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain", new byte[0]);
                return;
            }
            Map.Entry<String, Duration> held = slow;
            if (held != null && exchange.getRequestURI().getRawPath().endsWith(held.getKey())) {
                try {
                    Thread.sleep(held.getValue().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Path file = resolve(exchange.getRequestURI().getRawPath());
            if (file == null) {
                Path notFound = root.resolve("404.html");
                send(exchange, 404, TYPES.get("html"), Files.exists(notFound) ? Files.readAllBytes(notFound) : new byte[0]);
                return;
            }
            send(exchange, 200, type(file), Files.readAllBytes(file));
        }
    }

    /** The file a request path names, as a static host maps it (folders to index.html); null if none. */
    private Path resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(basePath)) {
            return null;
        }
        String path = UrlPaths.decode(rawPath.substring(basePath.length()));
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = rawPath.endsWith("/") ? file.resolve("index.html") : null;
        }
        return file != null && Files.isRegularFile(file) ? file : null;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
