package org.gazette.build;

import java.io.IOException;
import org.gazette.validation.EnvironmentFailure;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A fresh folder beside the output where a build writes, moved into place only on success. The
 * previous site stays untouched until the new one is complete; the swap is two renames on the same
 * file system.
 */
public final class StagingArea implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private boolean published;

    private StagingArea(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Creates an empty staging folder next to {@code output} (which need not exist yet). */
    public static StagingArea beside(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw EnvironmentFailure.at("创建", parent, e);
        }
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
        // A temporary folder is private to its owner; a published site must be readable by the web server.
        if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return new StagingArea(absolute, staging);
    }

    /** Where to write the new site. */
    public Path folder() {
        return staging;
    }

    /** Replaces the output with the staged site. */
    public void publish() throws IOException {
        Path old = null;
        if (Files.exists(output)) {
            old = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
            Files.delete(old);
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        published = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Removes the staging folder unless it was published. */
    @Override
    public void close() throws IOException {
        if (!published) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
