package org.gazette.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.content.ContentScanner;
import org.gazette.content.DataReader;
import org.gazette.content.Document;
import org.gazette.content.DocumentReader;
import org.gazette.content.DocumentType;
import org.gazette.content.SiteData;
import org.gazette.site.SiteIndex;
import org.gazette.site.UrlPaths;
import org.gazette.validation.Problems;

/**
 * The site {@code mvn package} baked into {@code target/site}, and the sources it was built from.
 * Pages are found by walking the output folder, so every page any part of Gazette writes is tested,
 * including page kinds added after these tests were written.
 */
final class BuiltSite {

    private static BuiltSite instance;

    private final Path root;
    private final Path sources;
    private final SiteIndex index;

    private BuiltSite(Path root, Path sources) {
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IllegalStateException("No built site at " + root + ": run `mvn package` (or `mvn verify`) first");
        }
        this.root = root;
        this.sources = sources;
        Problems problems = new Problems();
        SiteData data = new DataReader(sources, problems).read();
        DocumentReader reader = new DocumentReader(sources, data, problems);
        List<Document> documents = new ContentScanner(sources, problems).scan().documents().stream()
                .map(reader::read).filter(java.util.Objects::nonNull).toList();
        if (problems.hasErrors()) {
            throw new IllegalStateException("The site sources have mistakes: " + problems.errors());
        }
        this.index = new SiteIndex(data, documents);
    }

    /** The site of this build: {@code gazette.site} and {@code gazette.source}, set by the pom. */
    static synchronized BuiltSite get() {
        if (instance == null) {
            Path root = Path.of(System.getProperty("gazette.site", "target/site")).toAbsolutePath().normalize();
            Path sources = Path.of(System.getProperty("gazette.source", ".")).toAbsolutePath().normalize();
            instance = new BuiltSite(root, sources);
        }
        return instance;
    }

    Path root() {
        return root;
    }

    /** The folder the site was built from (with {@code content/}, {@code data/}, …). */
    Path sources() {
        return sources;
    }

    /** The path the site is published under, {@code /} or e.g. {@code /kjz/}. */
    String basePath() {
        return index.data().site().basePath();
    }

    /** Every HTML page of the built site, in path order. */
    List<Page> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted()
                    .map(this::page).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every XML file of the built site (feeds, sitemaps). */
    List<Path> xmlFiles() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The published notices and plans, as the sources describe them. */
    List<Document> documents() {
        return index.published().stream().filter(d -> d.type() != DocumentType.PAGE).toList();
    }

    /** The page of a document. */
    Page pageOf(Document document) {
        return page(root.resolve(document.url()).resolve("index.html"));
    }

    /** The home page. */
    Page home() {
        return page(root.resolve("index.html"));
    }

    private Page page(Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String path = relative.equals("index.html") ? "" : relative.endsWith("/index.html")
                ? relative.substring(0, relative.length() - "index.html".length()) : relative;
        return new Page(path, file);
    }

    /**
     * One HTML page.
     *
     * @param path the path below the site root, as in links but not encoded ({@code notices/}, {@code 404.html})
     * @param file the file in the built site
     */
    record Page(String path, Path file) {

        /** The path as links write it, percent-encoded. */
        String href() {
            return UrlPaths.encode(path);
        }

        @Override
        public String toString() {
            return "/" + path;
        }
    }
}
