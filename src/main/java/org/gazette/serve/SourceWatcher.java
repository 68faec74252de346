package org.gazette.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.gazette.build.SourceChanges;

/**
 * Watches a site's {@code content/}, {@code data/}, {@code templates/} and {@code assets/} folders,
 * all the way down, and reports each burst of changes once it has gone quiet. An editor saving a
 * file, or saving through a temporary file renamed over it, or copying in a folder of files, makes a
 * burst of events; one build follows it, told which files changed.
 *
 * <p>directory-watcher registers new folders as they appear and uses each system's native
 * notifications (inotify on Linux, the recursive watch of Windows, FSEvents on macOS). Dotfiles
 * and dot-folders are not part of the site (the build ignores them), so editors' swap and lock
 * files do not cause builds.
 */
final class SourceWatcher implements AutoCloseable {

    /** The folders a site's sources live in. */
    static final List<String> FOLDERS = List.of("content", "data", "templates", "assets");

    /** How long the sources must stay untouched before a burst of changes is reported. */
    static final long QUIET_MILLIS = 40;

    private final DirectoryWatcher watcher;
    private final ExecutorService watching;
    private final ScheduledExecutorService timer;
    private final Consumer<SourceChanges> listener;
    private final Set<Path> changed = new HashSet<>();
    private boolean folders;
    private boolean lost;
    private ScheduledFuture<?> pending;

    private SourceWatcher(List<Path> roots, Consumer<SourceChanges> listener) throws IOException {
        this.listener = listener;
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("gazette-watch-quiet"));
        this.watching = Executors.newSingleThreadExecutor(daemon("gazette-watch"));
        this.watcher = DirectoryWatcher.builder()
                .paths(roots)
                .fileHashing(false) // hashing would read every file of the site at start
                .listener(this::onEvent)
                .build();
        watcher.watchAsync(watching);
    }

    /**
     * Starts watching the source folders of a site that exist now.
     *
     * @param listener called on a background thread with each burst of changes, one call at a time
     */
    static SourceWatcher start(Path siteRoot, Consumer<SourceChanges> listener) throws IOException {
        List<Path> roots = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path path = siteRoot.resolve(folder).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                roots.add(path);
            }
        }
        return new SourceWatcher(roots, listener);
    }

    private void onEvent(DirectoryChangeEvent event) {
        Path path = event.path() == null ? null : event.path().toAbsolutePath().normalize();
        synchronized (this) {
            if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || path == null) {
                lost = true; // the system dropped events: what changed is no longer known
            } else if (isHidden(path, event.rootPath())) {
                return;
            } else if (event.isDirectory() || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                folders = true;
            } else {
                // A deleted folder may come as one event for its path: the builder, finding no file
                // it knew there, looks at the whole tree again.
                changed.add(path);
            }
            if (pending != null) {
                pending.cancel(false);
            }
            pending = timer.schedule(this::report, QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Hands the burst over; the listener runs outside the lock so events keep being collected. */
    private void report() {
        SourceChanges changes;
        synchronized (this) {
            if (changed.isEmpty() && !folders && !lost) {
                return;
            }
            changes = lost ? SourceChanges.unknown() : new SourceChanges(changed, folders, true);
            changed.clear();
            folders = false;
            lost = false;
            pending = null;
        }
        listener.accept(changes);
    }

    /** A dotfile, or a file in a dot-folder, below a watched folder. */
    private static boolean isHidden(Path path, Path root) {
        Path relative = root != null && path.startsWith(root) ? root.relativize(path) : path.getFileName();
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        try {
            watcher.close();
        } finally {
            timer.shutdownNow();
            watching.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
