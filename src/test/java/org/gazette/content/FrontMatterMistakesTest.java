package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import java.nio.charset.Charset;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mistakes in the shape of a document (its encoding, its {@code ---} lines, its YAML) stop the build
 * with the file, the line to look at and what to write instead.
 */
@ExtendWith(TestSiteExtension.class)
class FrontMatterMistakesTest {

    static final String FILE = "content/notices/a.md";

    @Test
    void brokenYaml(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj, kx
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 4, null).hasMessageContaining("方括号").hasHintContaining("括号是否成对");
    }

    @Test
    void fullWidthColon(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date：2022-05-24
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 3, null)
                .hasMessageContaining("“date”后面用了中文全角冒号")
                .hasHintContaining("date: 值");
    }

    @Test
    void fullWidthColonAfterAChineseFieldName(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                标题：关于开展科技活动周的通知
                date: 2022-05-24
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 2, null).hasMessageContaining("“标题”后面用了中文全角冒号");
    }

    @Test
    void tabIndentation(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies:
                \t- kjj
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 5, null).hasMessageContaining("Tab").hasHintContaining("空格");
    }

    @Test
    void missingSpaceAfterColon(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date:2022-05-24
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 3, null)
                .hasMessageContaining("冒号后面缺少空格")
                .hasHintContaining("date: 值");
    }

    @Test
    void duplicateKey(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]
                title: 另一个标题
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 5, null).hasMessageContaining("“title”写了两次（第一次在第 2 行）");
    }

    @Test
    void fileThatIsNotUtf8(TestSite site) throws IOException {
        String text = """
                ---
                title: 关于开展科技活动周的通知
                date: 2022-05-24
                agencies: [kjj]
                ---
                """;
        site.write(FILE, text.getBytes(Charset.forName("GBK")));

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 2, null)
                .hasMessageContaining("不是 UTF-8")
                .hasHintContaining("UTF-8");
    }

    @Test
    void missingFrontMatter(TestSite site) throws IOException {
        site.write(FILE, """
                关于开展科技活动周的通知

                各有关单位：
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 1, null)
                .hasMessageContaining("没有 front matter")
                .hasHintContaining("---");
    }

    @Test
    void frontMatterOpenedWithLongDashes(TestSite site) throws IOException {
        site.write(FILE, """
                ————
                title: 通知
                ---
                """);

        assertThatProblem(site.check().onlyProblem()).isAt(FILE, 1, null).hasHintContaining("三个半角减号 ---");
    }

    @Test
    void unclosedFrontMatter(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]

                各有关单位：
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 1, null)
                .hasMessageContaining("front matter 没有结束")
                .hasHintContaining("单独写一行 ---");
    }

    @Test
    void frontMatterThatIsAListInsteadOfFields(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                - title: 通知
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 2, null).hasMessageContaining("列表");
    }
}
