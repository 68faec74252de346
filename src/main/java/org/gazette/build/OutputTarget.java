package org.gazette.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.outputs.OutputFile;
import org.gazette.render.Folders;
import org.gazette.render.PageWriter;

/**
 * Where a build puts what it makes. A full build writes into a staging folder; a rebuild keeps what
 * it makes in memory and writes it over the live site only once it knows the build succeeded; a
 * check renders everything and keeps nothing. Paths are below the site root; two things made for
 * the same path are refused ({@link FileAlreadyExistsException}).
 */
interface OutputTarget {

    /** Renders a page with the template of its kind. */
    void page(String kind, String path, Map<String, Object> data) throws Exception;

    /** Writes a generated file. */
    void file(OutputFile file) throws IOException;

    /** Publishes a source file as it is, byte for byte. */
    void copy(Path source, String path) throws IOException;

    /**
     * Writes into a fresh folder: pages through JBake's renderer, files created new, each folder
     * created once ({@link Folders}).
     */
    static OutputTarget folder(PageWriter pages, Path folder) {
        Folders folders = pages.folders();
        return new OutputTarget() {
            @Override
            public void page(String kind, String path, Map<String, Object> data) throws Exception {
                pages.write(kind, path, data);
            }

            @Override
            public void file(OutputFile file) throws IOException {
                Path destination = folder.resolve(file.path());
                folders.makeParentOf(destination);
                FaultInjection.reach(FaultInjection.Point.WRITE, destination);
                try (OutputStream out = new java.io.BufferedOutputStream(
                        Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW))) {
                    file.content().writeTo(out);
                }
            }

            @Override
            public void copy(Path source, String path) throws IOException {
                Path destination = folder.resolve(path);
                folders.makeParentOf(destination);
                FaultInjection.reach(FaultInjection.Point.WRITE, destination);
                Files.copy(source, destination);
            }
        };
    }

    /** Renders and generates everything, keeping nothing: a check finds template mistakes too. */
    static OutputTarget discard(PageWriter pages) {
        return new OutputTarget() {
            @Override
            public void page(String kind, String path, Map<String, Object> data) throws Exception {
                pages.render(kind, path, data, Writer.nullWriter());
            }

            @Override
            public void file(OutputFile file) throws IOException {
                file.content().writeTo(OutputStream.nullOutputStream());
            }

            @Override
            public void copy(Path source, String path) {
                // The source was checked to be a readable file; nothing to keep.
            }
        };
    }

    /** Keeps what a rebuild makes in memory until {@link Memory#writeTo} puts it over the live site. */
    final class Memory implements OutputTarget {
        private final PageWriter pages;
        private final Map<String, byte[]> made = new ConcurrentHashMap<>();
        private final Map<String, Path> copies = new ConcurrentHashMap<>();

        Memory(PageWriter pages) {
            this.pages = pages;
        }

        @Override
        public void page(String kind, String path, Map<String, Object> data) throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
            try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                pages.render(kind, path, data, out);
            }
            keep(path, bytes.toByteArray());
        }

        @Override
        public void file(OutputFile file) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            file.content().writeTo(bytes);
            keep(file.path(), bytes.toByteArray());
        }

        @Override
        public void copy(Path source, String path) throws IOException {
            if (made.containsKey(path) || copies.putIfAbsent(path, source) != null) {
                throw new FileAlreadyExistsException(path);
            }
        }

        private void keep(String path, byte[] bytes) throws FileAlreadyExistsException {
            if (copies.containsKey(path) || made.putIfAbsent(path, bytes) != null) {
                throw new FileAlreadyExistsException(path);
            }
        }

        /** How many pages and files were made. */
        int count() {
            return made.size() + copies.size();
        }

        /** Writes everything kept over the files of {@code folder}. */
        void writeTo(Path folder) throws IOException {
            for (Map.Entry<String, byte[]> entry : made.entrySet()) {
                Path destination = folder.resolve(entry.getKey());
                Files.createDirectories(destination.getParent());
                Files.write(destination, entry.getValue());
            }
            for (Map.Entry<String, Path> entry : copies.entrySet()) {
                Path destination = folder.resolve(entry.getKey());
                Files.createDirectories(destination.getParent());
                Files.copy(entry.getValue(), destination, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
