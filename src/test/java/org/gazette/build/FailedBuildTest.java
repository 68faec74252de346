package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.gazette.cli.GazetteCommand;
import org.gazette.testing.FileTrees;
import org.gazette.testing.TestSite;
import org.gazette.validation.BuildFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that finds mistakes changes nothing: the last good site stays online exactly as it was. */
class FailedBuildTest {

    static final LocalDate DAY = LocalDate.of(2022, 5, 24);
    static final String FILE = "content/notices/sci-week/index.md";

    @TempDir
    Path folder;

    TestSite site;
    Path output;

    @BeforeEach
    void buildAGoodSite() throws Exception {
        site = TestSite.in(folder.resolve("src"));
        site.write(FILE, """
                ---
                title: 关于开展科技活动周的通知
                date: 2022-05-20
                agencies: [kjj]
                attachments:
                  - title: 统计表
                    file: 统计表.xlsx
                ---

                各有关单位：
                """);
        site.write("content/notices/sci-week/统计表.xlsx", new byte[] {80, 75, 3, 4});
        output = folder.resolve("out/site");
        site.build(output, DAY);
    }

    private void breakTheNotice() throws IOException {
        site.write(FILE, """
                ---
                title: 关于开展科技活动周的通知
                date: 2022年5月20日
                agencies: [kjj]
                ---
                """);
    }

    private static String[] names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void failedBuildLeavesThePreviousOutputByteForByte() throws Exception {
        Map<String, String> before = FileTrees.fingerprint(output);
        breakTheNotice();

        assertThatThrownBy(() -> site.build(output, DAY)).isInstanceOf(BuildFailedException.class);

        assertThat(FileTrees.fingerprint(output)).isEqualTo(before);
        assertThat(before).containsKeys("index.html", "notices/sci-week/index.html", "notices/sci-week/统计表.xlsx");
    }

    @Test
    void failedBuildLeavesNoStagingFolderBehind() throws Exception {
        breakTheNotice();

        assertThatThrownBy(() -> site.build(output, DAY)).isInstanceOf(BuildFailedException.class);

        assertThat(names(output.getParent())).containsExactly("site");
    }

    @Test
    void successfulRebuildReplacesTheOutputAndLeavesNothingBeside() throws Exception {
        Files.writeString(output.resolve("stale.html"), "from an old build");

        site.build(output, DAY);

        assertThat(output.resolve("stale.html")).doesNotExist();
        assertThat(names(output.getParent())).containsExactly("site");
    }

    @Test
    void commandLineBuildExitsWithStatusOneAndLeavesTheOutput() throws Exception {
        Map<String, String> before = FileTrees.fingerprint(output);
        breakTheNotice();
        StringWriter err = new StringWriter();

        int status = GazetteCommand.run(new String[] {"build", "--source", site.root().toString(), "--output", output.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains(FILE + ":3: date: ").contains("网站没有更新");
        assertThat(FileTrees.fingerprint(output)).isEqualTo(before);
        assertThat(names(output.getParent())).containsExactly("site");
    }

    @Test
    void refusesAnOutputFolderInsideContent() {
        Path inside = site.path("content/site");

        assertThatThrownBy(() -> site.build(inside, DAY)).isInstanceOf(IOException.class)
                .hasMessageContaining("content/");
        assertThat(inside).doesNotExist();
        assertThat(site.path("content")).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
    }

    @Test
    void refusesAnOutputFolderThatContainsTheSources() throws Exception {
        Map<String, String> sources = FileTrees.fingerprint(folder.resolve("src"));

        assertThatThrownBy(() -> site.build(folder, DAY)).isInstanceOf(IOException.class)
                .hasMessageContaining("包含站点源文件");
        assertThat(FileTrees.fingerprint(folder.resolve("src"))).isEqualTo(sources);
    }

    @Test
    void commandLineReportsARefusedOutputFolderAsAWrongCommandLine() {
        StringWriter err = new StringWriter();

        int status = GazetteCommand.run(new String[] {"build", "--source", site.root().toString(), "--output",
                site.path("content/site").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("原有网站保持不变");
    }
}
