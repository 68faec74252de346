package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazette.cli.GazetteCommand;
import org.gazette.testing.FileTrees;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Publishing survives being killed at any step: a build process is halted (no cleanup, as by
 * {@code kill -9}) at each step of writing and swapping the site; the output is then the complete
 * old site or the complete new one (or, killed between the two renames, absent with the old site
 * beside it), and the next build, even one that fails, brings back a complete site and removes
 * every leftover.
 */
class PublishingFaultsTest {

    static final LocalDate DAY = LocalDate.of(2022, 5, 24);

    @TempDir
    Path folder;

    TestSite site;
    Path output;
    Map<String, String> oldSite;
    Map<String, String> newSite;

    @BeforeEach
    void buildTheOldSiteAndKnowTheNewOne() throws Exception {
        site = TestSite.in(folder.resolve("src"));
        site.write("content/notices/a.md", TestSite.NOTICE);
        output = folder.resolve("www/site");
        site.build(output, DAY);
        oldSite = FileTrees.fingerprint(output);

        site.write("content/notices/b.md", TestSite.NOTICE.replace("title: 通知", "title: 第二篇通知"));
        Path reference = folder.resolve("reference/site");
        site.build(reference, DAY);
        newSite = FileTrees.fingerprint(reference);
        assertThat(newSite).isNotEqualTo(oldSite);
    }

    @ParameterizedTest
    @EnumSource(FaultInjection.Point.class)
    void aBuildKilledAtAnyStepLeavesACompleteSiteAndTheNextBuildHealsIt(FaultInjection.Point point) throws Exception {
        assertThat(killedBuild(point)).as("exit status of the build halted at " + point).isEqualTo(FaultInjection.HALTED);

        if (Files.exists(output)) {
            assertThat(FileTrees.fingerprint(output)).as("site after a kill at " + point).isIn(oldSite, newSite);
        } else {
            assertThat(point).isEqualTo(FaultInjection.Point.MOVE_NEW_INTO_PLACE);
            assertThat(leftovers("old")).as("the old site, moved aside").hasSize(1);
        }

        site.write("content/notices/c.md", TestSite.NOTICE.replace("2022-05-24", "2022年5月24日"));
        assertThat(GazetteCommand.run(new String[] {"build", "--source", site.root().toString(), "--output",
                output.toString()}, new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()))).as("the next build fails").isEqualTo(1);

        assertThat(FileTrees.fingerprint(output)).as("site after the next, failing build").isIn(oldSite, newSite);
        assertThat(leftovers("old")).isEmpty();
        assertThat(leftovers("building")).isEmpty();
    }

    /** Builds the new site in another process that halts at {@code point}; returns its exit status. */
    private int killedBuild(FaultInjection.Point point) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dgazette.faults.halt=" + point.name(),
                "-cp", System.getProperty("java.class.path"), GazetteCommand.class.getName(),
                "build", "--source", site.root().toString(), "--output", output.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("child.log").toFile());
        builder.environment().put("SOURCE_DATE_EPOCH",
                String.valueOf(DAY.atStartOfDay().toEpochSecond(ZoneOffset.ofHours(8)) + 3600));
        Process child = builder.start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return child.exitValue();
    }

    private List<Path> leftovers(String kind) throws IOException {
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(".site." + kind + "-")).toList();
        }
    }
}
