package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** No two pages are published to the same address, whether two documents or a document and a generated page. */
@ExtendWith(TestSiteExtension.class)
class PublishingAddressTest {

    @Test
    void fileAndBundleOfTheSameName(TestSite site) throws IOException {
        site.write("content/notices/a.md", TestSite.NOTICE).write("content/notices/a/index.md", TestSite.NOTICE);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/a/index.md", 0, null)
                .hasMessageContaining("与“content/notices/a.md”发布到同一个地址 /notices/a/")
                .hasHintContaining("换个文件名");
    }

    @Test
    void namesThatDifferOnlyInCase(TestSite site) throws IOException {
        site.write("content/notices/A.md", TestSite.NOTICE).write("content/notices/a.md", TestSite.NOTICE);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/a.md", 0, null)
                .hasMessageContaining("content/notices/A.md");
    }

    @Test
    void documentAtTheAddressOfAGeneratedList(TestSite site) throws IOException {
        site.write("content/notices.md", """
                ---
                title: 通知公告
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices.md", 0, null)
                .hasMessageContaining("列表：通知公告")
                .hasHintContaining("自动生成的页面");
    }

    @Test
    void documentAtTheAddressOfTheHomePage(TestSite site) throws IOException {
        site.write("content/index.md", """
                ---
                title: 首页
                ---
                """);

        assertThatProblem(site.check().onlyProblem()).isAt("content/index.md", 0, null).hasMessageContaining("首页");
    }

    @Test
    void aDraftTakesItsAddressToo(TestSite site) throws IOException {
        site.write("content/notices/a.md", TestSite.NOTICE).write("content/notices/a/index.md", """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]
                status: draft
                ---
                """);

        assertThatProblem(site.check().onlyProblem()).isAt("content/notices/a/index.md", 0, null);
    }

    @Test
    void pageFolderNamedLikeAGeneratedFile(TestSite site) throws IOException {
        site.write("content/feed.xml.md", """
                ---
                title: 订阅说明
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/feed.xml.md", 0, null).hasMessageContaining("/feed.xml/");
    }

    @Test
    void bundleFileThatWouldReplaceThePage(TestSite site) throws IOException {
        site.write("content/notices/a/index.md", TestSite.NOTICE).write("content/notices/a/INDEX.html", "<p>旧网页</p>");

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/a/INDEX.html", 0, null).hasMessageContaining("index.html");
    }
}
