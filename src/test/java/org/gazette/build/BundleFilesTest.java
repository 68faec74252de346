package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.testing.CheckRun;
import org.gazette.testing.FileTrees;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file in a document's folder is published beside its page when the document declares or links
 * it, and reported otherwise; files outside the site never get in.
 */
class BundleFilesTest {

    static final String BUNDLE = "content/notices/sci-week/";

    @TempDir
    Path folder;

    TestSite site;

    @BeforeEach
    void createSite() throws IOException {
        site = TestSite.in(folder.resolve("src"));
    }

    @Test
    void unreferencedFileInsideABundle() throws IOException {
        site.write(BUNDLE + "index.md", TestSite.NOTICE);
        site.write(BUNDLE + "附件1 统计表.xlsx", new byte[] {1});

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(BUNDLE + "附件1 统计表.xlsx", 0, null)
                .hasMessageContaining("既没有在 attachments 中声明，也没有在正文中链接")
                .hasHintContaining("在 content/notices/sci-week/index.md 的 attachments 中添加 file: 附件1 统计表.xlsx");
    }

    @Test
    void publishesDeclaredAndLinkedFilesWithTheirBytes() throws Exception {
        site.write(BUNDLE + "index.md", """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]
                attachments:
                  - title: 附件1：统计表
                    file: 附件1 统计表.xlsx
                ---

                现场照片：![启动仪式现场](photos/现场 1.png)
                """);
        site.write(BUNDLE + "附件1 统计表.xlsx", new byte[] {80, 75, 3, 4, 1, 2});
        site.write(BUNDLE + "photos/现场 1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path output = folder.resolve("out/site");

        BuildResult result = site.build(output, LocalDate.of(2022, 5, 24));

        assertThat(result.files()).isEqualTo(2);
        assertThat(FileTrees.sha256(output.resolve("notices/sci-week/附件1 统计表.xlsx")))
                .isEqualTo(FileTrees.sha256(site.path(BUNDLE + "附件1 统计表.xlsx")));
        assertThat(FileTrees.sha256(output.resolve("notices/sci-week/photos/现场 1.png")))
                .isEqualTo(FileTrees.sha256(site.path(BUNDLE + "photos/现场 1.png")));
    }

    @Test
    void publishesNothingFromOutsideContentOrAssets() throws Exception {
        site.write(BUNDLE + "index.md", TestSite.NOTICE);
        site.write("notes/内部说明.txt", "不发布");
        Path output = folder.resolve("out/site");

        site.build(output, LocalDate.of(2022, 5, 24));

        assertThat(FileTrees.fingerprint(output).keySet())
                .noneMatch(path -> path.contains("内部说明") || path.startsWith("data/") || path.startsWith("templates/"));
        assertThat(Files.exists(output.resolve("notices/sci-week/index.html"))).isTrue();
    }

    @Test
    void symbolicLinkUnderAssets() throws IOException {
        site.write("elsewhere/logo.svg", "<svg/>").symlink("assets/img/logo.svg", site.path("elsewhere/logo.svg"));

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("assets/img/logo.svg", 0, null).hasMessageContaining("符号链接");
    }
}
