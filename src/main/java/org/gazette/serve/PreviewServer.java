package org.gazette.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The preview's web server (Jetty): serves the preview folder under the site's base path, as the
 * published site will be served, with the reload script added to every HTML page. Other files go
 * through Jetty's {@code ResourceHandler}, which answers HEAD and Range requests (browsers' PDF
 * viewers ask for ranges) with the content types below. A missing address gets the site's
 * {@code 404.html} with status 404; while no build has succeeded, every page is the problems page.
 * Nothing is cached: each request reads what the last build wrote.
 */
final class PreviewServer implements AutoCloseable {

    /** Content types of what a Gazette site publishes; textual ones say they are UTF-8. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("json", "application/json;charset=utf-8"),
            Map.entry("xml", "application/xml;charset=utf-8"),
            Map.entry("txt", "text/plain;charset=utf-8"),
            Map.entry("ics", "text/calendar;charset=utf-8"),
            Map.entry("vcf", "text/vcard;charset=utf-8"),
            Map.entry("csv", "text/csv;charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("doc", "application/msword"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("wps", "application/vnd.ms-works"),
            Map.entry("ofd", "application/ofd"),
            Map.entry("zip", "application/zip"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final Server server;
    private final ServerConnector connector;

    /**
     * @param site     the preview folder
     * @param basePath where the site lives on its server, {@code /} or e.g. {@code /kjz/}; asked per request,
     *                 since an edit of {@code data/site.yaml} may move it
     */
    PreviewServer(String host, int port, Path site, Supplier<String> basePath, LiveReload reload) {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("gazette-preview");
        threads.setDaemon(true);
        server = new Server(threads);
        connector = new ServerConnector(server, 1, 1);
        connector.setHost(host);
        connector.setPort(port);
        // Longer than the reload stream's ping, so open pages keep their connection.
        connector.setIdleTimeout(60_000);
        server.addConnector(connector);
        server.setHandler(new Pages(site.toAbsolutePath().normalize(), basePath, reload, files(site)));
        server.setStopTimeout(2_000);
    }

    /** Starts listening. */
    void start() throws Exception {
        try {
            server.start();
        } catch (IOException e) {
            server.stop();
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new BindException(connector.getPort() == 0 ? e.getMessage() : "端口 " + connector.getPort()
                        + " 已被占用或不能使用（" + e.getMessage() + "）");
            }
            throw e;
        }
    }

    /** The address the server listens on, e.g. {@code http://127.0.0.1:1313/}. */
    URI address() {
        String host = connector.getHost();
        InetSocketAddress bound = new InetSocketAddress(host, connector.getLocalPort());
        String name = bound.getAddress() != null && bound.getAddress().getHostAddress().contains(":")
                ? "[" + bound.getAddress().getHostAddress() + "]" : host;
        return URI.create("http://" + name + ":" + connector.getLocalPort() + "/");
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private static ResourceHandler files(Path site) {
        MimeTypes.Mutable types = new MimeTypes.Mutable();
        TYPES.forEach(types::addMimeMapping);
        ResourceHandler files = new ResourceHandler() {
            @Override
            protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized pool) {
                // No cache and no memory-mapped files: every build rewrites the files in place. The
                // types are given here because starting the handler replaces its own with Jetty's.
                return new ResourceHttpContentFactory(getBaseResource(), types, pool);
            }
        };
        files.setBaseResource(ResourceFactory.root().newResource(site.toAbsolutePath().normalize()));
        files.setDirAllowed(false);
        files.setEtags(false);
        files.setUseFileMapping(false);
        files.setAcceptRanges(true);
        files.setCacheControl("no-store");
        files.setWelcomeFiles("index.html");
        return files;
    }

    /** Decides what each address shows; hands plain files to the {@code ResourceHandler}. */
    private static final class Pages extends Handler.Wrapper {
        private final Path site;
        private final Supplier<String> basePath;
        private final LiveReload reload;

        Pages(Path site, Supplier<String> basePath, LiveReload reload, ResourceHandler files) {
            super(files);
            this.site = site;
            this.basePath = basePath;
            this.reload = reload;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = request.getHttpURI().getDecodedPath();
            if (path == null) {
                path = "/";
            }
            String method = request.getMethod();
            boolean head = HttpMethod.HEAD.is(method);
            if (path.startsWith(PageInjector.PREFIX)) {
                return own(path.substring(PageInjector.PREFIX.length()), request, response, callback, head);
            }
            if (!head && !HttpMethod.GET.is(method)) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
                Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
                return true;
            }
            PreviewState state = reload.state();
            String base = basePath.get();
            if (!path.startsWith(base)) {
                if ((path + "/").equals(base) || "/".equals(path)) {
                    Response.sendRedirect(request, response, callback, HttpStatus.FOUND_302, base, true);
                } else {
                    notFound(request, response, callback, head, state);
                }
                return true;
            }
            String inSite = path.substring(base.length());
            Path file = site.resolve(inSite).normalize();
            if (!file.startsWith(site)) {
                notFound(request, response, callback, head, state);
                return true;
            }
            if (!state.hasSite()) {
                html(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, ProblemsPage.html(state).getBytes(StandardCharsets.UTF_8), head);
                return true;
            }
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                if (!inSite.isEmpty() && !inSite.endsWith("/")) {
                    String query = request.getHttpURI().getQuery();
                    String location = request.getHttpURI().getPath() + "/" + (query == null ? "" : "?" + query);
                    Response.sendRedirect(request, response, callback, HttpStatus.MOVED_PERMANENTLY_301, location, true);
                    return true;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                notFound(request, response, callback, head, state);
                return true;
            }
            if (file.getFileName().toString().endsWith(".html")) {
                page(response, callback, HttpStatus.OK_200, file, head, state);
                return true;
            }
            String encoded = "/" + site.relativize(file).toString().replace('\\', '/');
            Request inFolder = new Request.Wrapper(request) {
                private final HttpURI uri = HttpURI.build(request.getHttpURI()).path(encodePath(encoded)).asImmutable();

                @Override
                public HttpURI getHttpURI() {
                    return uri;
                }
            };
            return super.handle(inFolder, response, callback);
        }

        /** {@code reload.js}, the event stream and the problems page. */
        private boolean own(String name, Request request, Response response, Callback callback, boolean head) throws IOException {
            switch (name) {
                case "reload.js" -> {
                    byte[] script;
                    try (InputStream in = PreviewServer.class.getResourceAsStream("reload.js")) {
                        script = in.readAllBytes();
                    }
                    send(response, callback, HttpStatus.OK_200, TYPES.get("js"), script, head);
                }
                case "events" -> reload.open(request, response, callback);
                case "problems" -> html(response, callback, HttpStatus.OK_200,
                        ProblemsPage.html(reload.state()).getBytes(StandardCharsets.UTF_8), head);
                default -> Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
            return true;
        }

        private void notFound(Request request, Response response, Callback callback, boolean head, PreviewState state)
                throws IOException {
            Path page = site.resolve("404.html");
            if (!state.hasSite()) {
                html(response, callback, HttpStatus.NOT_FOUND_404, ProblemsPage.html(state).getBytes(StandardCharsets.UTF_8), head);
            } else if (Files.isRegularFile(page)) {
                page(response, callback, HttpStatus.NOT_FOUND_404, page, head, state);
            } else {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
        }

        private static void page(Response response, Callback callback, int status, Path file, boolean head, PreviewState state)
                throws IOException {
            html(response, callback, status, PageInjector.inject(Files.readAllBytes(file), state.version()), head);
        }

        private static void html(Response response, Callback callback, int status, byte[] body, boolean head) {
            send(response, callback, status, TYPES.get("html"), body, head);
        }

        private static void send(Response response, Callback callback, int status, String type, byte[] body, boolean head) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
        }

        private static String encodePath(String path) {
            return org.eclipse.jetty.util.URIUtil.encodePath(path);
        }
    }
}
