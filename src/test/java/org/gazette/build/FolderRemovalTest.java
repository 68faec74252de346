package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removing a last site or a leftover staging folder deletes everything below it, however deep, and
 * nothing a symbolic link inside it points to.
 */
class FolderRemovalTest {

    @TempDir
    Path dir;

    @Test
    void deletesAFolderWithFilesAndFoldersAtEveryDepth() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("notices/2022/科技周/图片"));
        Files.createDirectories(site.resolve("calendar/empty"));
        Files.writeString(site.resolve("index.html"), "<html>");
        Files.writeString(site.resolve("notices/2022/科技周/index.html"), "<html>");
        Files.write(site.resolve("notices/2022/科技周/图片/现场.png"), new byte[] {1, 2, 3});
        Files.writeString(site.resolve(".gazette-site"), "Gazette\n");

        FolderRemoval.delete(site);

        assertThat(site).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void removesLinksWithoutTouchingWhatTheyPointTo() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path site = Files.createDirectories(dir.resolve("site/sub"));
        Files.createSymbolicLink(site.resolve("folder-link"), outside);
        Files.createSymbolicLink(site.resolve("file-link"), outside.resolve("keep.txt"));
        Files.createSymbolicLink(site.resolve("dangling"), dir.resolve("nowhere"));

        FolderRemoval.delete(dir.resolve("site"));

        assertThat(dir.resolve("site")).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("keep");
    }

    @Test
    void aLinkGivenAsTheFolderIsRemovedNotFollowed() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("site"), outside);

        FolderRemoval.delete(link);

        assertThat(link).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("keep");
    }

    @Test
    void nothingToDoWhenTheFolderIsMissing() throws Exception {
        FolderRemoval.delete(dir.resolve("missing"));

        assertThat(dir).isEmptyDirectory();
    }
}
