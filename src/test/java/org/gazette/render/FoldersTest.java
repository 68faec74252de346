package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's folder is created with its parents the first time something is written into it, and
 * not asked for again: a build's output folder is its own, so a folder it made stays made.
 */
class FoldersTest {

    @TempDir
    Path out;

    @Test
    void createsTheFoldersAFileGoesIntoWithTheirParents() throws Exception {
        Folders folders = new Folders();

        folders.makeParentOf(out.resolve("notices/2022/科技周/index.html"));

        assertThat(out.resolve("notices/2022/科技周")).isDirectory();
    }

    @Test
    void asksForAFolderItMadeOnlyOnce() throws Exception {
        Folders folders = new Folders();
        folders.makeParentOf(out.resolve("calendar/a.ics"));
        // Were the folder asked for again, it would be created again.
        Files.delete(out.resolve("calendar"));

        folders.makeParentOf(out.resolve("calendar/b.ics"));

        assertThat(out.resolve("calendar")).doesNotExist();
    }

    @Test
    void aFolderInsideOneItMadeIsStillCreated() throws Exception {
        Folders folders = new Folders();
        folders.makeParentOf(out.resolve("notices/a.html"));

        folders.makeParentOf(out.resolve("notices/2022/a/index.html"));

        assertThat(out.resolve("notices/2022/a")).isDirectory();
    }

    @Test
    void threadsWritingIntoTheSameNewFoldersAllFindThem() throws Exception {
        Folders folders = new Folders();

        IntStream.range(0, 2_000).parallel().forEach(i -> {
            Path file = out.resolve("f" + i % 7 + "/g" + i % 3 + "/" + i + ".txt");
            try {
                folders.makeParentOf(file);
                Files.writeString(file, "x");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2_000);
        }
    }
}
