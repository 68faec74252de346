package org.gazette.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a new site is laid out from the packaged skeleton. */
class NewSiteTest {

    @TempDir
    Path folder;

    @Test
    void exampleNoticeIsDatedOnTheDayTheSiteIsMadeWithItsActivityAndDeadlineAfterIt() throws IOException {
        Path site = folder.resolve("site");

        NewSite.create(site, LocalDate.of(2027, 3, 1));

        assertThat(NewSite.exampleNoticePath(LocalDate.of(2027, 3, 1))).isEqualTo("content/notices/2027/example/index.md");
        assertThat(site.resolve("content/notices/2027/example/index.md")).content()
                .contains("date: 2027-03-01", "start: 2027-03-22 09:00", "due: 2027-03-15")
                .doesNotContain("{{");
    }

    @Test
    void listsEveryFileItWrote() throws IOException {
        Path site = folder.resolve("site");

        var written = NewSite.create(site, LocalDate.of(2027, 3, 1));

        assertThat(written).contains("pom.xml", "README.md", ".gitignore", "data/site.yaml", "templates/layout.ftlh",
                "content/notices/2027/example/index.md").isSorted();
        for (String file : written) {
            assertThat(site.resolve(file)).isRegularFile();
        }
    }

    @Test
    void canCreateOnlyInAMissingOrEmptyFolder() throws IOException {
        assertThat(NewSite.canCreateIn(folder.resolve("missing"))).isTrue();
        assertThat(NewSite.canCreateIn(folder)).isTrue();
        Files.writeString(folder.resolve(".git"), "");
        assertThat(NewSite.canCreateIn(folder)).isFalse();
        assertThatThrownBy(() -> NewSite.create(folder, LocalDate.of(2027, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void skeletonDotfilesGetTheirDotAndScriptsStayRunnable() throws IOException {
        Path skeleton = Files.createDirectories(folder.resolve("skeleton/deploy"));
        Files.writeString(folder.resolve("skeleton/gitignore"), "target/\n");
        Files.writeString(skeleton.resolve("publish.sh"), "#!/bin/sh\necho ok\n");
        Files.writeString(skeleton.resolve("README.md"), "说明\n");
        Path site = folder.resolve("site");

        var written = SiteSkeleton.copy(folder.resolve("skeleton"), site);

        assertThat(written).containsExactly(".gitignore", "deploy/README.md", "deploy/publish.sh");
        assertThat(Files.getPosixFilePermissions(site.resolve("deploy/publish.sh"))).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.getPosixFilePermissions(site.resolve("deploy/README.md"))).doesNotContain(PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void skeletonNeverOverwritesAFile() throws IOException {
        Files.createDirectories(folder.resolve("skeleton"));
        Files.writeString(folder.resolve("skeleton/README.md"), "新\n");
        Path site = Files.createDirectories(folder.resolve("site"));
        Files.writeString(site.resolve("README.md"), "旧\n");

        assertThatThrownBy(() -> SiteSkeleton.copy(folder.resolve("skeleton"), site))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(site.resolve("README.md")).hasContent("旧");
    }
}
