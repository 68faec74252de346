package org.gazette.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildResult;
import org.gazette.build.SiteBuilder;
import org.gazette.build.SourceChanges;
import org.gazette.content.DataReader;
import org.gazette.validation.BuildFailedException;
import org.gazette.validation.MemoryShortage;
import org.gazette.validation.Problem;
import org.gazette.validation.Problems;

/**
 * A running preview of a site ({@code gazette serve}): builds it into the preview folder, serves
 * it, and on every change of the sources rebuilds it with the same {@link SiteBuilder} (which then
 * makes only what changed) and tells open pages to reload. A failed build leaves the last good
 * pages in place and shows its problems in the browser until a build succeeds again.
 */
public final class Preview implements AutoCloseable {

    /** Hears how each build went; called on the build thread, one call at a time. */
    public interface Listener {
        /** A build succeeded. */
        void built(BuildResult result, double seconds);

        /** The sources have mistakes; the preview keeps its last good pages. */
        void failed(List<Problem> problems, List<Problem> warnings);

        /** The build could not run at all (a disk full, a folder not writable). */
        void broken(String message);
    }

    private final BuildOptions options;
    private final Path root;
    private final Listener listener;
    private final SiteBuilder builder = new SiteBuilder();
    private final ExecutorService builds = Executors.newSingleThreadExecutor(daemon("gazette-build"));
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(daemon("gazette-ping"));
    private final CountDownLatch closed = new CountDownLatch(1);
    private final LiveReload reload;
    private volatile String basePath = "/";
    private SourceChanges waiting;
    private SourceWatcher watcher;
    private PreviewServer server;
    private long version;

    private Preview(BuildOptions options, Listener listener) {
        this.options = options;
        this.root = options.source().toAbsolutePath().normalize();
        this.listener = listener;
        // Versions start from the clock, so a page left open across a restart of the preview reloads.
        this.version = System.currentTimeMillis();
        this.reload = new LiveReload(new PreviewState(version, false, List.of(), List.of()));
    }

    /**
     * Builds the site, starts watching its sources and serves it.
     *
     * @param options what to build and where the preview folder is ({@code output})
     * @param host    the address to listen on, e.g. {@code 127.0.0.1}
     * @param port    the port, or 0 for any free one
     */
    public static Preview start(BuildOptions options, String host, int port, Listener listener) throws Exception {
        Preview preview = new Preview(options, listener);
        try {
            preview.watcher = SourceWatcher.start(preview.root, preview::changed);
            preview.build(SourceChanges.unknown());
            preview.server = new PreviewServer(host, port, options.output(), () -> preview.basePath, preview.reload);
            preview.server.start();
            preview.pings.scheduleAtFixedRate(preview.reload::ping, 15, 15, TimeUnit.SECONDS);
        } catch (Exception e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    /** The address of the site's home page in the preview. */
    public URI address() {
        return server.address().resolve(basePath);
    }

    /** Waits until the preview is closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Called by the watcher: builds once for all changes seen while a build was waiting or running. */
    private void changed(SourceChanges changes) {
        synchronized (this) {
            if (waiting != null) {
                waiting = waiting.and(changes);
                return;
            }
            waiting = changes;
        }
        builds.execute(() -> {
            SourceChanges next;
            synchronized (this) {
                next = waiting;
                waiting = null;
            }
            build(next);
        });
    }

    private void build(SourceChanges changes) {
        PreviewState before = reload.state();
        long started = System.nanoTime();
        try {
            BuildResult result = builder.build(options, changes);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (changes.touch(root.resolve("data"))) {
                basePath = readBasePath();
            }
            boolean changedSite = !result.rebuild() || result.pages() > 0 || !before.hasSite();
            reload.publish(new PreviewState(changedSite ? ++version : version, true, List.of(), result.warnings()));
            listener.built(result, seconds);
        } catch (BuildFailedException e) {
            reload.publish(new PreviewState(version, before.hasSite(), e.problems(), e.warnings()));
            listener.failed(e.problems(), e.warnings());
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // The last good preview stays served; the browser's error page and the terminal say what failed.
            MemoryShortage memory = MemoryShortage.behind(e);
            String words = memory != null ? memory.words() : String.valueOf(e.getMessage());
            String hint = memory != null ? memory.hint() + "（停止预览再启动）" : "检查磁盘空间和文件夹权限，然后保存任意文件重试";
            Problem problem = new Problem("（预览）", 0, null, "生成失败：" + words, hint);
            reload.publish(new PreviewState(version, before.hasSite(), List.of(problem), List.of()));
            listener.broken(memory != null ? words + "；" + hint : words);
        }
    }

    /** The base path of {@code base_url}; "/" while {@code data/site.yaml} cannot be read. */
    private String readBasePath() {
        Problems ignored = new Problems();
        try {
            String path = new DataReader(root, ignored).read().site().basePath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (RuntimeException e) {
            return "/";
        }
    }

    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // Closing: nothing more to watch either way.
        }
        pings.shutdownNow();
        reload.close();
        try {
            if (server != null) {
                server.close();
            }
        } catch (Exception e) {
            // Closing: the port is released when the process ends.
        }
        builds.shutdownNow();
        closed.countDown();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
