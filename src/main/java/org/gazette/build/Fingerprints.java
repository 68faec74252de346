package org.gazette.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Cheap signatures of source files (path, size, modification time), so a rebuild can tell what an
 * editor changed without reading every file.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    /** The signature of one file, or "missing". */
    static String of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.size() + "@" + attributes.lastModifiedTime().toMillis() + ":"
                    + attributes.lastModifiedTime().toInstant().getNano() + (attributes.isSymbolicLink() ? "L" : "");
        } catch (IOException e) {
            return "missing";
        }
    }

    /** The signatures of several files, in the order given. */
    static List<String> of(List<Path> files) {
        List<String> signatures = new ArrayList<>(files.size());
        for (Path file : files) {
            signatures.add(file + "=" + of(file));
        }
        return signatures;
    }

    /** The signatures of every file below the given folders of the site (data, templates, assets). */
    static List<String> ofFolders(Path root, List<String> folders) throws IOException {
        List<String> signatures = new ArrayList<>();
        for (String folder : folders) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                signatures.add(folder + "=missing");
                continue;
            }
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    signatures.add(root.relativize(file) + "=" + attributes.size() + "@"
                            + attributes.lastModifiedTime().toInstant() + (attributes.isSymbolicLink() ? "L" : ""));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        signatures.sort(null);
        return signatures;
    }
}
