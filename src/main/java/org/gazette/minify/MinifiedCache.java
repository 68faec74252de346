package org.gazette.minify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gazette.validation.Problems;

/**
 * Keeps minified assets between builds, by the SHA-256 of what they are made from, in the user's cache
 * folder. Parsing the stylesheet costs a cold build about half a second of CPU, a large share of a
 * small site's build (docs/performance.md); the same source and the same minifier give the same bytes,
 * so a kept copy is as good as a new one, and the site stays byte-identical.
 *
 * <p>The key covers the source, its kind, the minifier's own class and the libraries' versions, so a
 * new Gazette never reads what an older one kept. Anything wrong with the cache (no home folder, a full
 * disk, another build writing the same entry) only means minifying again. A file that cannot be
 * minified is not kept: its warning is given on every build.
 */
public final class MinifiedCache {

    /** Set to a folder to keep minified assets there, or to {@code off} to minify on every build. */
    public static final String PROPERTY = "gazette.cache";

    /** The minifying libraries, as in pom.xml: a new version may write other bytes. */
    private static final String LIBRARIES = "ph-css 8.1.1; net.logicsquad:minifier 1.3";

    private final Path folder;

    private MinifiedCache(Path folder) {
        this.folder = folder;
    }

    /** The cache of this user ({@code $XDG_CACHE_HOME/gazette} or {@code ~/.cache/gazette}), or of {@link #PROPERTY}. */
    public static MinifiedCache standard() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null) {
            return new MinifiedCache(chosen.equals("off") ? null : Path.of(chosen));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home == null ? null : Path.of(home, ".cache");
        return new MinifiedCache(base == null ? null : base.resolve("gazette"));
    }

    /** A cache in {@code folder}; null for none. */
    public static MinifiedCache in(Path folder) {
        return new MinifiedCache(folder);
    }

    /** {@link AssetMinifier#minify}, or what it gave for the same bytes before. */
    public byte[] minify(String path, byte[] source, Problems problems) {
        if (folder == null) {
            return AssetMinifier.minify(path, source, problems);
        }
        Path entry = folder.resolve("minified").resolve(key(path, source));
        try {
            return Files.readAllBytes(entry);
        } catch (IOException notKept) {
            // Not there yet (or unreadable): minify, and keep it for the next build.
        }
        int warnings = problems.warnings().size();
        byte[] minified = AssetMinifier.minify(path, source, problems);
        if (problems.warnings().size() == warnings) {
            keep(entry, minified);
        }
        return minified;
    }

    private static void keep(Path entry, byte[] bytes) {
        try {
            Files.createDirectories(entry.getParent());
            Path part = Files.createTempFile(entry.getParent(), "part-", ".tmp");
            Files.write(part, bytes);
            Files.move(part, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            // A cache that cannot be written is only slower: the bytes published are the ones just made.
        }
    }

    private static String key(String path, byte[] source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(LIBRARIES.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(ownCode());
            sha.update(path.substring(path.lastIndexOf('.') + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(source);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The minifier's compiled class: a change to how Gazette minifies is a change of key. */
    private static byte[] ownCode() {
        try (InputStream in = AssetMinifier.class.getResourceAsStream("AssetMinifier.class")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
