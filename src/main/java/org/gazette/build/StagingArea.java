package org.gazette.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.gazette.validation.EnvironmentFailure;

/**
 * A fresh folder beside the output where a build writes, moved into place only on success, so that
 * after any interruption the output is the complete old site or the complete new one.
 *
 * <p>Publishing is three steps: the old site is renamed to {@code .site.old-*}, the staging folder
 * {@code .site.building-*} is renamed to the output, the old site is deleted. A build killed between
 * the first two leaves no output; so every build begins with {@link #recover}: with no output, the
 * old site is renamed back; leftovers of killed builds are deleted. Builds of the same output hold a
 * lock (a file named after it in the temporary folder) from recovery to publishing, so one never takes another's
 * staging folder for a leftover. Every published site carries the marker file {@link #MARKER}, by
 * which a later build knows the folder is Gazette's to replace.
 */
public final class StagingArea implements AutoCloseable {

    /** The file in every published site that says the folder is Gazette's output. */
    public static final String MARKER = ".gazette-site";

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS_IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Path output;
    private final Path staging;
    private final ReentrantLock processLock;
    private final FileChannel lockFile;
    private final FileLock fileLock;
    private boolean published;

    private StagingArea(Path output, Path staging, ReentrantLock processLock, FileChannel lockFile, FileLock fileLock) {
        this.output = output;
        this.staging = staging;
        this.processLock = processLock;
        this.lockFile = lockFile;
        this.fileLock = fileLock;
    }

    /**
     * Takes the output's lock, repairs what an interrupted build left ({@link #recover}) and creates an
     * empty staging folder next to {@code output} (which need not exist yet).
     */
    public static StagingArea beside(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw EnvironmentFailure.at("创建", parent, e);
        }
        Path lockPath = lockFile(absolute);
        ReentrantLock processLock = LOCKS_IN_THIS_PROCESS.computeIfAbsent(lockPath, p -> new ReentrantLock());
        processLock.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fileLock = channel.lock();
            recover(absolute);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
            // A temporary folder is private to its owner; a published site must be readable by the web server.
            if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return new StagingArea(absolute, staging, processLock, channel, fileLock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            processLock.unlock();
            throw e instanceof IOException io ? EnvironmentFailure.at("创建", parent, io) : (RuntimeException) e;
        }
    }

    /**
     * The lock of an output, kept in the temporary folder rather than beside the output: the folder
     * holding the site then holds nothing else.
     */
    private static Path lockFile(Path output) {
        // Two outputs that share a name here only wait for each other; nothing worse.
        String hash = Integer.toHexString(output.toString().hashCode()) + "-" + output.toString().length();
        return Path.of(System.getProperty("java.io.tmpdir")).resolve("gazette-" + hash + ".lock");
    }

    /**
     * Brings back the old site if a build was killed after moving it aside and before putting the new
     * one in place, and deletes what killed builds left: staging folders and old sites.
     */
    static void recover(Path output) throws IOException {
        Path parent = output.getParent();
        String name = output.getFileName().toString();
        List<Path> old = new ArrayList<>();
        List<Path> building = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.sorted().toList()) {
                String siblingName = sibling.getFileName().toString();
                if (siblingName.startsWith("." + name + ".old-")) {
                    old.add(sibling);
                } else if (siblingName.startsWith("." + name + ".building-")) {
                    building.add(sibling);
                }
            }
        }
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !old.isEmpty()) {
            // Only one publish runs at a time, so there is at most one old site moved aside.
            Path last = old.remove(old.size() - 1);
            Files.move(last, output, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path leftover : old) {
            deleteTree(leftover);
        }
        for (Path leftover : building) {
            deleteTree(leftover);
        }
    }

    /**
     * The files every site Gazette ever published has at its top: a site made before the marker
     * existed is recognised by them, so upgrading the generator does not make the next build refuse
     * its own output.
     */
    private static final List<String> EARLIER_SITE = List.of("index.html", "404.html", "sitemap.xml", "feed.xml",
            "assets/js/site.js", "assets/css/site.css");

    /**
     * Whether a build may replace {@code folder}: it does not exist, is empty, or is a site Gazette
     * published (it holds {@link #MARKER}, or, from before the marker, every file of
     * {@link #EARLIER_SITE}). Anything else may be a web server's folder given by mistake.
     */
    public static boolean mayReplace(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                || EARLIER_SITE.stream().allMatch(file -> Files.isRegularFile(folder.resolve(file), LinkOption.NOFOLLOW_LINKS))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Where to write the new site. */
    public Path folder() {
        return staging;
    }

    /** Replaces the output with the staged site. */
    public void publish() throws IOException {
        Files.writeString(staging.resolve(MARKER), "Gazette\n");
        Path old = null;
        FaultInjection.reach(FaultInjection.Point.MOVE_OLD_ASIDE, output);
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
            Files.delete(old);
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            FaultInjection.reach(FaultInjection.Point.MOVE_NEW_INTO_PLACE, output);
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        published = true;
        if (old != null) {
            FaultInjection.reach(FaultInjection.Point.DELETE_OLD, old);
            deleteTree(old);
        }
    }

    /** Removes the staging folder unless it was published, and lets the next build of this output go. */
    @Override
    public void close() throws IOException {
        try {
            if (!published) {
                deleteTree(staging);
            }
        } finally {
            try {
                fileLock.release();
                lockFile.close();
            } finally {
                processLock.unlock();
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        FolderRemoval.delete(root);
    }
}
