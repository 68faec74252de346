package org.gazette.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bureau's site made by {@code gazette init} from the jar this build packaged, built the way the
 * bureau builds it: {@code mvn package} in the site, with the generator taken from a Maven
 * repository by the version its {@code pom.xml} pins. Maven runs offline: its only repository is
 * the local one this build filled (as a {@code file:} repository), and the generator is installed
 * into a fresh local repository first, so nothing is downloaded and the user's repository is left
 * untouched.
 */
class InitSiteIT {

    private static final Path JAR = Path.of(System.getProperty("gazette.jar", "target/gazette.jar")).toAbsolutePath();
    private static final Path POM = Path.of(System.getProperty("gazette.source", "")).toAbsolutePath().resolve("pom.xml");
    private static final String VERSION = System.getProperty("gazette.version");
    private static final Path MAVEN_REPOSITORY = Path.of(System.getProperty("gazette.m2",
            System.getProperty("user.home") + "/.m2/repository")).toAbsolutePath();

    @TempDir
    static Path folder;

    static Path site;
    static Path repository;
    /** One Maven run for every test: each start of Maven costs seconds of CI's two cores. */
    static Run mavenRun;

    /** What a command printed and returned. */
    record Run(int status, String output) {
    }

    @BeforeAll
    static void initAndInstall() throws Exception {
        site = folder.resolve("站点");
        Run init = run(folder, List.of(java(), "-jar", JAR.toString(), "init", site.toString()));
        assertThat(init.status()).as(init.output()).isZero();

        // The local repository layout `mvn install` writes: the jar a site runs and the pom beside it.
        repository = folder.resolve("repository");
        Path installed = Files.createDirectories(repository.resolve("org/gazette/gazette").resolve(VERSION));
        Files.copy(JAR, installed.resolve("gazette-" + VERSION + "-all.jar"));
        Files.copy(POM, installed.resolve("gazette-" + VERSION + ".pom"));
        Files.writeString(folder.resolve("settings.xml"), settings(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("global-settings.xml"), "<settings/>\n", StandardCharsets.UTF_8);

        mavenRun = maven("package", "exec:exec@check", "exec:exec@defaults");
        assertThat(mavenRun.status()).as(mavenRun.output()).isZero();
    }

    @Test
    void siteMadeByInitBuildsAndChecksOfflineWithMavenAgainstThisBuildsGenerator() throws Exception {
        assertThat(mavenRun.output()).contains("检查通过：3 篇文档");
        Path output = site.resolve("target/site");
        assertThat(output.resolve("index.html")).isRegularFile();
        Path notices = output.resolve("notices");
        List<Path> examplePages;
        try (var pages = Files.walk(notices)) {
            examplePages = pages.filter(p -> p.endsWith(Path.of("example", "index.html"))).toList();
        }
        assertThat(examplePages).hasSize(1);
        assertThat(examplePages.get(0)).content(StandardCharsets.UTF_8).contains("【示例】关于开展科普宣传活动的通知");
    }

    @Test
    void packageLeavesTheGeneratorAsTargetGazetteJarForEditorTasksAndWorkflows() throws Exception {
        Path jar = site.resolve("target/gazette.jar");
        assertThat(jar).hasSameBinaryContentAs(JAR);

        Run check = run(site, List.of(java(), "-jar", jar.toString(), "check"));
        assertThat(check.status()).as(check.output()).isZero();
    }

    @Test
    void upgradeHelperWritesThePinnedVersionsDefaultsIntoTarget() throws Exception {
        Path fresh = site.resolve("target/gazette-" + VERSION);
        assertThat(fresh.resolve("templates/layout.ftlh")).hasSameBinaryContentAs(site.resolve("templates/layout.ftlh"));
        assertThat(fresh.resolve("pom.xml")).hasSameBinaryContentAs(site.resolve("pom.xml"));
    }

    private static Run maven(String... goals) throws Exception {
        Path mvn = Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-o", "-B",
                "-s", folder.resolve("settings.xml").toString(),
                "-gs", folder.resolve("global-settings.xml").toString(),
                "-Dmaven.repo.local=" + repository,
                // Offline, the file: repository is still readable: it is this machine's disk.
                "-Daether.offline.protocols=file"));
        command.addAll(List.of(goals));
        return run(site, command);
    }

    /** Maven's settings: this build's local repository is the only repository, read as files. */
    private static String settings() {
        String url = MAVEN_REPOSITORY.toUri().toString();
        String repository = """
                <%1$s><id>central</id><url>%2$s</url>
                  <releases><checksumPolicy>ignore</checksumPolicy></releases>
                  <snapshots><enabled>false</enabled></snapshots></%1$s>""";
        return """
                <settings>
                  <profiles><profile><id>this-build</id>
                    <repositories>%s</repositories>
                    <pluginRepositories>%s</pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>this-build</activeProfile></activeProfiles>
                </settings>
                """.formatted(repository.formatted("repository", url), repository.formatted("pluginRepository", url));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Run run(Path directory, List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path log = Files.createTempFile(folder, "run", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 5 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
