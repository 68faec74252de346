package org.gazette.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy/rsync-deploy.sh}, run for real with rsync into a local folder (an empty
 * {@code DEPLOY_HOST}; over SSH only the transport differs): each deploy is a new release folder,
 * {@code current} switches to it only once it is complete, older releases stay for a rollback, and
 * only the newest {@code DEPLOY_KEEP} are kept.
 */
class DeployScriptTest {

    private static final Path SCRIPT = TestSite.REPOSITORY.resolve("deploy/rsync-deploy.sh");

    @TempDir
    Path folder;
    Path site;
    Path server;

    @BeforeEach
    void siteAndServer() throws IOException {
        assumeTrue(onPath("rsync") && onPath("sh"), "rsync and sh are needed to run the deploy script");
        site = Files.createDirectories(folder.resolve("site"));
        server = folder.resolve("www");
        Files.writeString(site.resolve("index.html"), "版本一");
        Files.writeString(site.resolve("unchanged.css"), "body {}");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private Run deploy(String release, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("DEPLOY_PATH", server.toString());
        env.put("DEPLOY_HOST", "");
        env.put("DEPLOY_KEEP", "3");
        if (release != null) {
            env.put("DEPLOY_RELEASE", release);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private record Run(int status, String output) {
    }

    private String live() throws IOException {
        return Files.readString(server.resolve("current/index.html"));
    }

    @Test
    void eachDeployIsANewReleaseThatCurrentSwitchesTo() throws Exception {
        assertThat(deploy("20240601T000000Z", "site").status()).isZero();
        Files.writeString(site.resolve("index.html"), "版本二");

        Run second = deploy("20240602T000000Z", "site");

        assertThat(second.status()).as(second.output()).isZero();
        assertThat(Files.readSymbolicLink(server.resolve("current"))).isEqualTo(Path.of("releases/20240602T000000Z"));
        assertThat(live()).isEqualTo("版本二");
        assertThat(server.resolve("releases/20240601T000000Z/index.html")).hasContent("版本一");
        assertThat(Files.getAttribute(server.resolve("current/unchanged.css"), "unix:nlink"))
                .as("an unchanged file is a hard link to the previous release's").isEqualTo(2);
        assertThat(server.resolve("current.new")).doesNotExist();
    }

    @Test
    void rollbackReturnsToThePreviousRelease() throws Exception {
        deploy("20240601T000000Z", "site");
        Files.writeString(site.resolve("index.html"), "有问题的版本");
        deploy("20240602T000000Z", "site");

        Run rollback = deploy(null, "--rollback");

        assertThat(rollback.status()).isZero();
        assertThat(live()).isEqualTo("版本一");
        assertThat(deploy(null, "--rollback").status()).as("nothing older to return to").isEqualTo(1);
        assertThat(live()).isEqualTo("版本一");
    }

    @Test
    void onlyTheNewestReleasesAreKept() throws Exception {
        for (int day = 1; day <= 5; day++) {
            deploy("2024060" + day + "T000000Z", "site");
        }

        try (Stream<Path> releases = Files.list(server.resolve("releases"))) {
            assertThat(releases.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("20240603T000000Z", "20240604T000000Z", "20240605T000000Z");
        }
    }

    @Test
    void aSiteThatWasNotBuiltIsNotDeployedAndTheLiveSiteStays() throws Exception {
        deploy("20240601T000000Z", "site");
        Files.delete(site.resolve("index.html"));

        Run broken = deploy("20240602T000000Z", "site");

        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.output()).contains("请先运行 mvn -B package");
        assertThat(live()).isEqualTo("版本一");
        assertThat(server.resolve("releases/20240602T000000Z")).doesNotExist();
    }
}
