package org.gazette.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Every HTML page of a built site, parsed, by path below the site root (e.g. {@code notices/index.html}). */
public final class BuiltPages {

    private BuiltPages() {
    }

    /** Parses every {@code .html} file under {@code output}, in path order. */
    public static Map<String, Document> of(Path output) throws IOException {
        Map<String, Document> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(output)) {
            files.filter(file -> file.toString().endsWith(".html")).forEach(file -> {
                try {
                    pages.put(output.relativize(file).toString().replace('\\', '/'), Jsoup.parse(file.toFile(), "UTF-8"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return pages;
    }
}
