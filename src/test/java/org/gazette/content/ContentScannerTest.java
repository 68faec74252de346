package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.gazette.validation.Problem;
import org.gazette.validation.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every file under {@code content/} is a document, a file of a document's folder, or a reported mistake. */
@ExtendWith(TestSiteExtension.class)
class ContentScannerTest {

    private static ContentScanner.Result scan(TestSite site, Problems problems) {
        return new ContentScanner(site.root(), problems).scan();
    }

    @Test
    void publishesAFileAtItsNameAndABundleAtItsFolder(TestSite site) throws IOException {
        site.write("content/index.md", TestSite.NOTICE)
                .write("content/notices/2022/a.md", TestSite.NOTICE)
                .write("content/notices/2022/b/index.md", TestSite.NOTICE)
                .write("content/notices/2022/b/附件1 统计表.xlsx", new byte[] {1});
        Problems problems = new Problems();

        ContentScanner.Result result = scan(site, problems);

        assertThat(problems.errors()).isEmpty();
        assertThat(result.documents()).extracting(ContentFile::sourcePath, ContentFile::url).containsExactly(
                tuple("content/index.md", ""),
                tuple("content/notices/2022/a.md", "notices/2022/a/"),
                tuple("content/notices/2022/b/index.md", "notices/2022/b/"));
        assertThat(result.bundleFiles()).containsExactly(site.path("content/notices/2022/b/附件1 统计表.xlsx"));
    }

    @Test
    void ignoresHiddenFilesAndOperatingSystemClutter(TestSite site) throws IOException {
        site.write("content/notices/a.md", TestSite.NOTICE)
                .write("content/notices/.DS_Store", new byte[] {1})
                .write("content/notices/Thumbs.db", new byte[] {1})
                .write("content/notices/a.md~", TestSite.NOTICE)
                .write("content/.git/config", "x");
        Problems problems = new Problems();

        ContentScanner.Result result = scan(site, problems);

        assertThat(problems.errors()).isEmpty();
        assertThat(result.documents()).extracting(ContentFile::sourcePath).containsExactly("content/notices/a.md");
    }

    @Test
    void strayFileOutsideAnyBundle(TestSite site) throws IOException {
        site.write("content/notices/a.md", TestSite.NOTICE).write("content/notices/统计表.xlsx", new byte[] {1});

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/统计表.xlsx", 0, null)
                .hasMessageContaining("不属于任何文档")
                .hasHintContaining("index.md");
    }

    @Test
    void symbolicLinkUnderContent(TestSite site) throws IOException {
        site.write("elsewhere/b.md", TestSite.NOTICE).symlink("content/notices/b.md", site.path("elsewhere/b.md"));

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/b.md", 0, null).hasMessageContaining("符号链接");
    }

    @Test
    void upperCaseMarkdownExtension(TestSite site) throws IOException {
        site.write("content/notices/Notice.MD", TestSite.NOTICE);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/Notice.MD", 0, null)
                .hasMessageContaining("小写的 .md")
                .hasHintContaining("Notice.md");
    }

    @Test
    void markdownExtensionSpelledOut(TestSite site) throws IOException {
        site.write("content/notices/notice.markdown", TestSite.NOTICE);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/notice.markdown", 0, null)
                .hasHintContaining("notice.md");
    }

    @Test
    void bundleInsideAnotherBundle(TestSite site) throws IOException {
        site.write("content/notices/a/index.md", TestSite.NOTICE).write("content/notices/a/b/index.md", TestSite.NOTICE);
        Problems problems = new Problems();

        scan(site, problems);

        assertThat(problems.errors()).singleElement()
                .satisfies(p -> assertThatProblem(p).isAt("content/notices/a/b/index.md", 0, null).hasHintContaining("content/notices/a/"));
    }

    @Test
    void missingContentFolder(TestSite site) throws IOException {
        Files.delete(site.path("content"));
        Problems problems = new Problems();

        assertThat(scan(site, problems).documents()).isEmpty();
        assertThat(problems.errors()).extracting(Problem::file).containsExactly("content");
    }

    @Test
    void listsDocumentsInPathOrder(TestSite site) throws IOException {
        for (String name : List.of("c", "a", "b")) {
            site.write("content/notices/" + name + ".md", TestSite.NOTICE);
        }

        assertThat(scan(site, new Problems()).documents()).extracting(ContentFile::sourcePath)
                .containsExactly("content/notices/a.md", "content/notices/b.md", "content/notices/c.md");
    }
}
