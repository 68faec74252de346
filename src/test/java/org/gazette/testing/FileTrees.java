package org.gazette.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copying and fingerprinting folders, for fixtures and for comparing build outputs. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Copies a folder and everything in it, replacing files already there. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Every file below {@code root} (path relative to it, forward slashes) with the SHA-256 of its
     * bytes, sorted by path: two trees with equal fingerprints hold the same files byte for byte.
     */
    public static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(file ->
                    hashes.put(root.relativize(file).toString().replace('\\', '/'), sha256(file)));
        }
        return hashes;
    }

    /** The SHA-256 of a file's bytes, in hex. */
    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
