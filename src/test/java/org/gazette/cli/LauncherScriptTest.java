package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/gazette}: one JVM started with the options {@link Launcher} would give the second one.
 * A stand-in {@code java} records the command line the script hands it.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("bin/gazette").toAbsolutePath();

    @TempDir
    Path folder;

    Path jar;
    Path javaHome;

    /** What the script ran: its exit status, what it printed to stderr, and java's arguments. */
    record Run(int status, String err, List<String> javaArgs) {
    }

    @BeforeEach
    void standInJavaAndJar() throws IOException {
        javaHome = folder.resolve("jdk");
        Path java = javaHome.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$ARGS_FILE\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = Files.createDirectories(folder.resolve("dist with space")).resolve("gazette.jar");
        Files.writeString(jar, "");
    }

    Run script(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path argsFile = folder.resolve("args");
        Files.deleteIfExists(argsFile);
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(SCRIPT.toString());
        builder.command().addAll(List.of(args));
        builder.environment().remove("GAZETTE_JAVA_OPTS");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("ARGS_FILE", argsFile.toString());
        builder.environment().put("GAZETTE_JAR", jar.toString());
        builder.environment().putAll(env);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        List<String> javaArgs = Files.exists(argsFile) ? Files.readAllLines(argsFile) : List.of();
        return new Run(status, err, javaArgs);
    }

    @Test
    void startsTheCommandInOneJvmWithTheLaunchersTuning() throws Exception {
        Run run = script(Map.of(), "build", "--output", "my site");

        assertThat(run.status()).isZero();
        assertThat(run.javaArgs()).containsAll(Launcher.TUNING);
        assertThat(run.javaArgs()).containsSequence("-D" + Launcher.CHILD + "=true", "-cp", jar.toRealPath().toString(),
                GazetteCommand.class.getName(), "build", "--output", "my site");
        assertThat(run.javaArgs()).doesNotContain("-jar");
    }

    @Test
    void givesThePreviewTheLaunchersHeapTuningAndOtherCommandsNot() throws Exception {
        Run serve = script(Map.of(), "serve", "--port", "8080");
        Run build = script(Map.of(), "build");

        assertThat(serve.javaArgs()).containsAll(Launcher.TUNING).containsAll(Launcher.SERVE_TUNING)
                .containsAll(Launcher.tuning(new String[] {"serve"}));
        assertThat(serve.javaArgs()).endsWith("serve", "--port", "8080");
        assertThat(build.javaArgs()).doesNotContainAnyElementsOf(Launcher.SERVE_TUNING);
        assertThat(Launcher.tuning(new String[] {"build"})).isEqualTo(Launcher.TUNING);
    }

    @Test
    void mapsTheClassDataArchiveBesideTheJarWhenThereIsOne() throws Exception {
        assertThat(script(Map.of()).javaArgs()).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));

        Files.writeString(jar.resolveSibling("gazette.jsa"), "");

        assertThat(script(Map.of()).javaArgs())
                .contains("-XX:SharedArchiveFile=" + jar.toRealPath().resolveSibling("gazette.jsa"), "-Xlog:cds=off");
    }

    @Test
    void doesNotMapTheOldArchiveWhileRecordingANewOne() throws Exception {
        Files.writeString(jar.resolveSibling("gazette.jsa"), "");

        Run run = script(Map.of("GAZETTE_JAVA_OPTS", "-XX:ArchiveClassesAtExit=/tmp/new.jsa"));

        assertThat(run.javaArgs()).contains("-XX:ArchiveClassesAtExit=/tmp/new.jsa");
        assertThat(run.javaArgs()).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void callersOptionsComeAfterTheTuningSoTheyCanOverrideIt() throws Exception {
        List<String> args = script(Map.of("GAZETTE_JAVA_OPTS", "-Xmx2g  -XX:TieredStopAtLevel=4")).javaArgs();

        assertThat(args.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(args.indexOf("-XX:TieredStopAtLevel=1"));
        assertThat(args).contains("-Xmx2g");
    }

    @Test
    void inheritRunsTheJarWithPlainJavaOptions() throws Exception {
        Run run = script(Map.of("GAZETTE_JAVA_OPTS", "inherit", "JAVA_OPTS", "-Xmx1g"), "check");

        assertThat(run.javaArgs()).containsExactly("-Xmx1g", "-jar", jar.toRealPath().toString(), "check");
    }

    @Test
    void aMissingJarIsAnEnvironmentFailureWithAHint() throws Exception {
        Files.delete(jar);

        Run run = script(Map.of());

        assertThat(run.status()).isEqualTo(GazetteCommand.FAILURE);
        assertThat(run.err()).contains("找不到 gazette.jar", "mvn package", "GAZETTE_JAR");
        assertThat(run.javaArgs()).isEmpty();
    }
}
