package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.validation.Problem;
import org.gazette.validation.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file under {@code content/} is a document, a file of a document's folder, or a reported mistake. */
class ContentScannerTest {

    static final String NOTICE = """
            ---
            title: 通知
            date: 2022-05-24
            agencies: [kjj]
            ---
            """;

    @TempDir
    Path folder;

    TestSite site;

    @BeforeEach
    void createSite() throws IOException {
        site = TestSite.in(folder);
    }

    private ContentScanner.Result scan(Problems problems) {
        return new ContentScanner(site.root(), problems).scan();
    }

    @Test
    void publishesAFileAtItsNameAndABundleAtItsFolder() throws IOException {
        site.write("content/index.md", NOTICE)
                .write("content/notices/2022/a.md", NOTICE)
                .write("content/notices/2022/b/index.md", NOTICE)
                .write("content/notices/2022/b/附件1 统计表.xlsx", new byte[] {1});
        Problems problems = new Problems();

        ContentScanner.Result result = scan(problems);

        assertThat(problems.errors()).isEmpty();
        assertThat(result.documents()).extracting(ContentFile::sourcePath, ContentFile::url).containsExactly(
                tuple("content/index.md", ""),
                tuple("content/notices/2022/a.md", "notices/2022/a/"),
                tuple("content/notices/2022/b/index.md", "notices/2022/b/"));
        assertThat(result.bundleFiles()).containsExactly(site.path("content/notices/2022/b/附件1 统计表.xlsx"));
    }

    @Test
    void ignoresHiddenFilesAndOperatingSystemClutter() throws IOException {
        site.write("content/notices/a.md", NOTICE)
                .write("content/notices/.DS_Store", new byte[] {1})
                .write("content/notices/Thumbs.db", new byte[] {1})
                .write("content/notices/a.md~", NOTICE)
                .write("content/.git/config", "x");
        Problems problems = new Problems();

        ContentScanner.Result result = scan(problems);

        assertThat(problems.errors()).isEmpty();
        assertThat(result.documents()).extracting(ContentFile::sourcePath).containsExactly("content/notices/a.md");
    }

    @Test
    void strayFileOutsideAnyBundle() throws IOException {
        site.write("content/notices/a.md", NOTICE).write("content/notices/统计表.xlsx", new byte[] {1});

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/统计表.xlsx", 0, null)
                .hasMessageContaining("不属于任何文档")
                .hasHintContaining("index.md");
    }

    @Test
    void symbolicLinkUnderContent() throws IOException {
        site.write("elsewhere/b.md", NOTICE).symlink("content/notices/b.md", site.path("elsewhere/b.md"));

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/b.md", 0, null).hasMessageContaining("符号链接");
    }

    @Test
    void upperCaseMarkdownExtension() throws IOException {
        site.write("content/notices/Notice.MD", NOTICE);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/Notice.MD", 0, null)
                .hasMessageContaining("小写的 .md")
                .hasHintContaining("Notice.md");
    }

    @Test
    void markdownExtensionSpelledOut() throws IOException {
        site.write("content/notices/notice.markdown", NOTICE);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/notice.markdown", 0, null)
                .hasHintContaining("notice.md");
    }

    @Test
    void bundleInsideAnotherBundle() throws IOException {
        site.write("content/notices/a/index.md", NOTICE).write("content/notices/a/b/index.md", NOTICE);
        Problems problems = new Problems();

        scan(problems);

        assertThat(problems.errors()).singleElement()
                .satisfies(p -> assertThatProblem(p).isAt("content/notices/a/b/index.md", 0, null).hasHintContaining("content/notices/a/"));
    }

    @Test
    void missingContentFolder() throws IOException {
        Files.delete(site.path("content"));
        Problems problems = new Problems();

        assertThat(scan(problems).documents()).isEmpty();
        assertThat(problems.errors()).extracting(Problem::file).containsExactly("content");
    }

    @Test
    void listsDocumentsInPathOrder() throws IOException {
        for (String name : List.of("c", "a", "b")) {
            site.write("content/notices/" + name + ".md", NOTICE);
        }

        assertThat(scan(new Problems()).documents()).extracting(ContentFile::sourcePath)
                .containsExactly("content/notices/a.md", "content/notices/b.md", "content/notices/c.md");
    }
}
