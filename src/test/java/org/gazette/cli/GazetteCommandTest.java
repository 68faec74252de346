package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.gazette.testing.FileTrees;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: what it prints and the exit status CI acts on. */
class GazetteCommandTest {

    @TempDir
    Path folder;

    TestSite site;

    /** What one run of the command printed and returned. */
    record Run(int status, String out, String err) {
    }

    static Run gazette(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = GazetteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeEach
    void createSite() throws IOException {
        site = TestSite.in(folder.resolve("src"));
        site.write("content/notices/a.md", TestSite.NOTICE);
    }

    @Test
    void checkOfACorrectSiteExitsWithZero() {
        Run run = gazette("check", "--source", site.root().toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("检查通过：1 篇文档");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checkWritesNothing() throws IOException {
        Map<String, String> before = FileTrees.fingerprint(folder);

        gazette("check", "--source", site.root().toString());

        assertThat(FileTrees.fingerprint(folder)).isEqualTo(before);
    }

    @Test
    void checkOfASiteWithMistakesExitsWithOneAndPrintsEachProblem() throws IOException {
        site.write("content/notices/a.md", """
                ---
                title: 通知
                date: 2022年5月24日
                agencies: [kjj]
                ---
                """);

        Run run = gazette("check", "--source", site.root().toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("content/notices/a.md:3: date: 日期“2022年5月24日”写成了中文格式，无法识别 —— 写成 2022-05-24")
                .contains("共发现 1 处错误");
    }

    @Test
    void buildWritesTheSiteAndSaysWhere() {
        Path output = folder.resolve("out/site");

        Run run = gazette("build", "--source", site.root().toString(), "--output", output.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("已生成 1 篇文档").contains(output.toString());
        assertThat(output.resolve("notices/a/index.html")).isRegularFile();
    }

    @Test
    void buildWritesIntoTargetSiteByDefault() {
        Run run = gazette("build", "--source", site.root().toString());

        assertThat(run.status()).isZero();
        assertThat(site.path("target/site/index.html")).isRegularFile();
    }

    @Test
    void buildNamesTheDraftsItLeftOut() throws IOException {
        site.write("content/notices/b.md", """
                ---
                title: 草稿
                date: 2022-05-24
                agencies: [kjj]
                status: draft
                ---
                """);

        Run run = gazette("build", "--source", site.root().toString(), "--output", folder.resolve("out").toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("以下草稿（status: draft）没有发布：").contains("content/notices/b.md");
    }

    @Test
    void warningsArePrintedWithoutFailingTheBuild() throws IOException {
        site.write("content/notices/a.md", """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]
                ---

                <script>alert(1)</script>
                """);

        Run run = gazette("check", "--source", site.root().toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).startsWith("提醒: content/notices/a.md:7: 正文: 正文中的 <script> 脚本");
    }

    @Test
    void unknownOptionExitsWithTwo() {
        assertThat(gazette("build", "--sauce", ".").status()).isEqualTo(2);
    }
}
