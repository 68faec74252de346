package org.gazette.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gazette.site.SiteIndex;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.gazette.validation.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A file in a published or scheduled document's bundle that nothing publishes is reported at the
 * file, with the line to add to the document; drafts' bundles are left alone.
 */
@ExtendWith(TestSiteExtension.class)
class UnreferencedFileCheckTest {

    private static final String INDEX = "content/notices/week/index.md";

    @Test
    void aBundleFileNeitherDeclaredNorLinkedIsReportedWithTheLineToAdd(TestSite site) throws Exception {
        site.write(INDEX, SiteReading.notice("通知", "2022-05-24", "正文。"))
                .write("content/notices/week/files/表.xlsx", TestSite.OFFICE_FILE);
        SiteIndex index = SiteReading.index(site, INDEX);
        Problems problems = new Problems();

        UnreferencedFileCheck.check(site.root(), List.of(site.path("content/notices/week/files/表.xlsx")), index, Set.of(),
                problems);

        assertThat(problems.errors()).singleElement().satisfies(problem -> assertThatProblem(problem)
                .isAt("content/notices/week/files/表.xlsx", 0, null)
                .hasMessageContaining("这个文件既没有在 attachments 中声明，也没有在正文中链接，不会发布")
                .hasHintContaining("在 " + INDEX + " 的 attachments 中添加 file: files/表.xlsx，或删除这个文件"));
    }

    @Test
    void aPublishedBundleFilePasses(TestSite site) throws Exception {
        site.write(INDEX, SiteReading.notice("通知", "2022-05-24", "正文。"))
                .write("content/notices/week/表.xlsx", TestSite.OFFICE_FILE);
        SiteIndex index = SiteReading.index(site, INDEX);
        Path file = site.path("content/notices/week/表.xlsx");
        Problems problems = new Problems();

        UnreferencedFileCheck.check(site.root(), List.of(file), index, Set.of(file), problems);

        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void aScheduledDocumentsBundleIsCheckedToo(TestSite site) throws Exception {
        site.write(INDEX, SiteReading.notice("通知", "2022-06-01", "正文。"))
                .write("content/notices/week/表.xlsx", TestSite.OFFICE_FILE);
        SiteIndex index = SiteReading.index(site, INDEX);
        Problems problems = new Problems();

        UnreferencedFileCheck.check(site.root(), List.of(site.path("content/notices/week/表.xlsx")), index, Set.of(),
                problems);

        assertThat(problems.errors()).hasSize(1);
    }

    @Test
    void aDraftsBundleIsLeftAlone(TestSite site) throws Exception {
        site.write(INDEX, SiteReading.notice("通知", "2022-05-24", true, "正文。"))
                .write("content/notices/week/表.xlsx", TestSite.OFFICE_FILE);
        SiteIndex index = SiteReading.index(site, INDEX);
        Problems problems = new Problems();

        UnreferencedFileCheck.check(site.root(), List.of(site.path("content/notices/week/表.xlsx")), index, Set.of(),
                problems);

        assertThat(problems.errors()).isEmpty();
    }
}
