package org.gazette.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deletes a folder with everything in it, never following a symbolic link out of it. Where the
 * system allows (Linux), each entry is removed by its name relative to its open folder, the way
 * {@code rm -r} does: no {@code stat} per entry and no path looked up from the root again, which
 * halves the system calls of removing the last site after a publish (docs/performance.md).
 */
final class FolderRemoval {

    private FolderRemoval() {
    }

    /** Deletes {@code root} and everything below it; nothing when it does not exist. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
        boolean relative;
        try (DirectoryStream<Path> folder = Files.newDirectoryStream(root)) {
            relative = folder instanceof SecureDirectoryStream;
            if (relative) {
                empty((SecureDirectoryStream<Path>) folder);
            }
        }
        if (relative) {
            Files.delete(root);
        } else {
            walk(root);
        }
    }

    /** Empties an open folder entry by entry. */
    private static void empty(SecureDirectoryStream<Path> folder) throws IOException {
        for (Path entry : folder) {
            Path name = entry.getFileName();
            try {
                // Most entries are files (or links, which are removed, not followed): one call each.
                folder.deleteFile(name);
            } catch (IOException notAFile) {
                // A folder cannot be unlinked; anything else that fails here fails below as well.
                try (SecureDirectoryStream<Path> inner = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                    empty(inner);
                } catch (IOException notAFolder) {
                    notAFile.addSuppressed(notAFolder);
                    throw notAFile;
                }
                folder.deleteDirectory(name);
            }
        }
    }

    /** Where folders cannot be opened for removal relative to them: a walk by full paths. */
    private static void walk(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
