package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gazette.testing.FileTrees;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output depends only on the sources and the build day: two builds give byte-identical trees. */
class DeterminismTest {

    static final LocalDate DAY = LocalDate.of(2022, 5, 24);
    /** 2022-05-24T00:00:00Z. */
    static final String DAY_EPOCH = "1653350400";

    @TempDir
    Path folder;

    @Test
    void twoBuildsOfTheSampleSiteOnTheSameDayAreByteIdentical() throws Exception {
        SiteBuilder builder = new SiteBuilder();

        builder.build(BuildOptions.build(TestSite.REPOSITORY, folder.resolve("first")).on(DAY));
        builder.build(BuildOptions.build(TestSite.REPOSITORY, folder.resolve("second")).on(DAY));

        Map<String, String> first = FileTrees.fingerprint(folder.resolve("first"));
        assertThat(first).hasSizeGreaterThan(10).containsKey("notices/2022/linyi-sci-week/index.html");
        assertThat(FileTrees.fingerprint(folder.resolve("second"))).isEqualTo(first);
    }

    @Test
    void commandLineTakesTheBuildDayFromSourceDateEpoch() throws Exception {
        TestSite site = TestSite.in(folder.resolve("src"));
        site.write("content/notices/a.md", """
                ---
                title: 关于报送活动总结的通知
                date: 2022-05-20
                agencies: [kjj]
                deadlines:
                  - title: 报送活动总结
                    due: 2022-06-14
                ---
                """);
        site.build(folder.resolve("on-the-day"), DAY);
        site.build(folder.resolve("after-the-deadline"), LocalDate.of(2022, 6, 20));

        bakeInAnotherProcess(site.root(), folder.resolve("from-epoch"), DAY_EPOCH);

        Map<String, String> onTheDay = FileTrees.fingerprint(folder.resolve("on-the-day"));
        assertThat(FileTrees.fingerprint(folder.resolve("from-epoch"))).isEqualTo(onTheDay);
        assertThat(FileTrees.fingerprint(folder.resolve("after-the-deadline"))).isNotEqualTo(onTheDay);
    }

    /** Runs {@code gazette build} in a fresh JVM with {@code SOURCE_DATE_EPOCH} set, as CI does. */
    private static void bakeInAnotherProcess(Path source, Path output, String epoch) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // A short-lived build needs no optimising compiler; C1 alone halves its start-up cost.
        ProcessBuilder process = new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "org.gazette.cli.GazetteCommand", "build", "--source", source.toString(), "--output", output.toString()))
                .redirectErrorStream(true);
        process.environment().put("SOURCE_DATE_EPOCH", epoch);
        Process running = process.start();
        String log = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue()).as(log).isZero();
    }
}
