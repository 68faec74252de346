package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.validation.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run reports every mistake of every file, sorted by file and line, so an editor fixes them all at once. */
class ProblemReportTest {

    @TempDir
    static Path folder;

    static CheckRun run;

    @BeforeAll
    static void checkASiteWithMistakesInSeveralFiles() throws IOException {
        TestSite site = TestSite.in(folder);
        site.write("data/agencies.yaml", """
                kjj:
                  name: 某县科学技术局
                  email: kjj＠example.cn
                kx:
                  name: 某县科学技术协会
                """);
        site.write("content/notices/b.md", """
                ---
                title: 通知
                date: 2022年5月24日
                agencies: [kjj]
                schedule:
                  - title: 启动仪式
                    start: 2022-05-24
                  - title: 讲座
                    start: 2022-05-25
                  - title: 展览
                    start: 2022-05-26
                    where: 县科技馆
                ---
                """);
        site.write("content/notices/a.md", "各有关单位：\n");
        site.write("content/plans/c/index.md", """
                ---
                title: 方案
                date: 2022-05-24
                agencies: [kjj]
                attachments:
                  - title: 统计表
                    file: 统计表.xlsx
                ---
                """);
        run = site.check();
    }

    @Test
    void reportsEveryMistakeOfEveryFileInOneRun() {
        assertThat(run.problems()).extracting(Problem::file, Problem::line).containsExactlyInAnyOrder(
                tuple("content/notices/a.md", 1),
                tuple("content/notices/b.md", 3),
                tuple("content/notices/b.md", 12),
                tuple("content/plans/c/index.md", 7),
                tuple("data/agencies.yaml", 3));
    }

    @Test
    void sortsProblemsByFileThenByLineNumber() {
        assertThat(run.problems()).extracting(p -> p.file() + ":" + p.line()).containsExactly(
                "content/notices/a.md:1", "content/notices/b.md:3", "content/notices/b.md:12",
                "content/plans/c/index.md:7", "data/agencies.yaml:3");
    }

    @Test
    void printsOneLinePerProblemInReportOrderAndExitsWithStatusOne() {
        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.err().lines().limit(run.problems().size()))
                .containsExactlyElementsOf(run.problems().stream().map(Problem::format).toList());
        assertThat(run.err()).contains("共发现 5 处错误");
    }
}
