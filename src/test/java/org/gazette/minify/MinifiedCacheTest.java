package org.gazette.minify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.validation.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stylesheet minified once is not minified again for the same bytes; a failure is never kept. */
class MinifiedCacheTest {

    @TempDir
    Path folder;

    private final Problems problems = new Problems();

    @Test
    void theSameSourceGivesTheKeptBytesAndAnEditedOneIsMinifiedAgain() throws IOException {
        MinifiedCache cache = MinifiedCache.in(folder);
        byte[] first = cache.minify("a.css", bytes("p { margin: 0; }"), problems);
        List<Path> kept = entries();
        assertThat(kept).hasSize(1);
        assertThat(Files.readAllBytes(kept.get(0))).isEqualTo(first).isEqualTo(bytes("p{margin:0}\n"));

        Files.write(kept.get(0), bytes("kept{}\n"));
        assertThat(cache.minify("a.css", bytes("p { margin: 0; }"), problems)).isEqualTo(bytes("kept{}\n"));
        assertThat(cache.minify("a.css", bytes("p { margin: 1px; }"), problems)).isEqualTo(bytes("p{margin:1px}\n"));
        // The same bytes as a script are another entry.
        assertThat(cache.minify("a.js", bytes("p { margin: 0; }"), problems)).isEqualTo(bytes("p{margin:0;}\n"));
    }

    @Test
    void aFileThatCannotBeMinifiedIsNotKeptSoItWarnsOnEveryBuild() throws IOException {
        MinifiedCache cache = MinifiedCache.in(folder);

        cache.minify("a.css", bytes("p {"), problems);
        cache.minify("a.css", bytes("p {"), problems);

        assertThat(problems.warnings()).hasSize(2);
        assertThat(entries()).isEmpty();
    }

    @Test
    void noFolderMeansMinifyingEveryTime() {
        assertThat(MinifiedCache.in(null).minify("a.css", bytes("a { color : red }"), problems)).isEqualTo(bytes("a{color:red}\n"));
    }

    private List<Path> entries() throws IOException {
        Path minified = folder.resolve("minified");
        if (!Files.isDirectory(minified)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(minified)) {
            return files.toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
