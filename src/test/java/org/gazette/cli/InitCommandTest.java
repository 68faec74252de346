package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gazette.testing.FileTrees;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/** {@code gazette init DIR}: a new bureau's site, complete and correct from the first minute. */
class InitCommandTest {

    @TempDir
    Path folder;

    private static GazetteCommandTest.Run gazette(String... args) {
        return GazetteCommandTest.gazette(args);
    }

    private Path init() {
        Path site = folder.resolve("新站点");
        GazetteCommandTest.Run run = gazette("init", site.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return site;
    }

    @Test
    void createsTheDesignsTopLevelAndNoGeneratorSources() throws IOException {
        Path site = init();

        List<String> topLevel = new ArrayList<>(List.of("pom.xml", "README.md", "content", "data", "templates", "assets",
                "docs"));
        if (Files.isDirectory(TestSite.REPOSITORY.resolve("deploy"))) {
            topLevel.add("deploy");
        }
        try (var entries = Files.list(site)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .containsExactlyInAnyOrderElementsOf(topLevel);
        }
        assertThat(site.resolve(".gitignore")).content(StandardCharsets.UTF_8).contains("target/");
        assertThat(site.resolve(".gitattributes")).exists();
        for (String data : List.of("site.yaml", "agencies.yaml", "campaigns.yaml", "contacts.yaml")) {
            assertThat(site.resolve("data").resolve(data)).isRegularFile();
        }
        assertThat(site.resolve("content/about.md")).isRegularFile();
        assertThat(site.resolve("content/accessibility.md")).isRegularFile();
    }

    @Test
    void holdsOneExampleNoticeAndNoneOfTheDemoContent() throws IOException {
        Path site = init();

        List<String> documents = new ArrayList<>();
        try (var files = Files.walk(site.resolve("content"))) {
            files.filter(f -> f.toString().endsWith(".md"))
                    .forEach(f -> documents.add(site.relativize(f).toString().replace('\\', '/')));
        }
        assertThat(documents).hasSize(3).contains("content/about.md", "content/accessibility.md")
                .anyMatch(d -> d.matches("content/notices/\\d{4}/example/index\\.md"));
        String data = Files.readString(site.resolve("data/agencies.yaml")) + Files.readString(site.resolve("data/contacts.yaml"));
        assertThat(data).doesNotContain("linyi", "xinxiang", "pingluo", "shapotou");
    }

    @Test
    void copiesThisRepositorysTemplatesAndAssetsByteForByte() throws IOException {
        Path site = init();

        assertThat(FileTrees.fingerprint(site.resolve("templates")))
                .isEqualTo(FileTrees.fingerprint(TestSite.REPOSITORY.resolve("templates")));
        assertThat(FileTrees.fingerprint(site.resolve("assets")))
                .isEqualTo(FileTrees.fingerprint(TestSite.REPOSITORY.resolve("assets")));
    }

    @Test
    void copiesWhicheverPublishingSetupAndGuidesThisRepositoryHas() throws IOException {
        Path site = init();

        for (String folderName : List.of(".github", ".vscode", "deploy")) {
            Path ours = TestSite.REPOSITORY.resolve(folderName);
            if (Files.isDirectory(ours)) {
                assertThat(FileTrees.fingerprint(site.resolve(folderName))).as(folderName)
                        .isEqualTo(FileTrees.fingerprint(ours));
            } else {
                assertThat(site.resolve(folderName)).doesNotExist();
            }
        }
        for (String guide : List.of("docs/editor-guide.md", "docs/publishing.md")) {
            Path ours = TestSite.REPOSITORY.resolve(guide);
            if (Files.exists(ours)) {
                assertThat(site.resolve(guide)).hasSameBinaryContentAs(ours);
            } else {
                assertThat(site.resolve(guide)).doesNotExist();
            }
        }
        Path gitlab = TestSite.REPOSITORY.resolve(".gitlab-ci.yml");
        if (Files.exists(gitlab)) {
            assertThat(site.resolve(".gitlab-ci.yml")).hasSameBinaryContentAs(gitlab);
        } else {
            assertThat(site.resolve(".gitlab-ci.yml")).doesNotExist();
        }
    }

    @Test
    void pomPinsThisGeneratorByItsVersion() throws IOException {
        Path site = init();

        String pom = Files.readString(site.resolve("pom.xml"));
        assertThat(VersionProvider.current()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(pom).contains("<gazette.version>" + VersionProvider.current() + "</gazette.version>")
                .contains("<version>${gazette.version}</version>")
                .doesNotContainPattern("@[\\w.-]+@");
    }

    @Test
    void sitePomRunsOnlyCommandsAndOptionsThisGeneratorHas() throws Exception {
        Path site = init();

        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.resolve("pom.xml").toFile());
        Map<String, CommandLine> commands = new CommandLine(new GazetteCommand()).getSubcommands();
        NodeList executions = pom.getElementsByTagName("execution");
        List<String> ran = new ArrayList<>();
        for (int i = 0; i < executions.getLength(); i++) {
            NodeList arguments = ((Element) executions.item(i)).getElementsByTagName("argument");
            for (int a = 0; a + 1 < arguments.getLength(); a++) {
                if (arguments.item(a).getTextContent().equals(Launcher.class.getName())) {
                    String command = arguments.item(a + 1).getTextContent();
                    ran.add(command);
                    assertThat(commands).as("gazette commands").containsKey(command);
                    for (int o = a + 2; o < arguments.getLength(); o++) {
                        String option = arguments.item(o).getTextContent();
                        if (option.startsWith("-")) {
                            assertThat(commands.get(command).getCommandSpec().findOption(option))
                                    .as("option %s of gazette %s", option, command).isNotNull();
                        }
                    }
                }
            }
        }
        assertThat(ran).contains("build", "check", "serve", "init");
    }

    @Test
    void newSitePassesCheckWithoutAWordAndBuildsAtOnce() throws IOException {
        Path site = init();

        GazetteCommandTest.Run check = gazette("check", "--source", site.toString());
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.err()).isEmpty();

        GazetteCommandTest.Run build = gazette("build", "--source", site.toString());
        assertThat(build.status()).as(build.err()).isZero();
        Path output = site.resolve("target/site");
        assertThat(output.resolve("index.html")).content(StandardCharsets.UTF_8)
                .contains("【示例】某某县科技信息发布平台", "【示例】关于开展科普宣传活动的通知");
        try (var pages = Files.walk(output.resolve("notices"))) {
            assertThat(pages.map(p -> output.relativize(p).toString().replace('\\', '/')))
                    .anyMatch(p -> p.matches("notices/\\d{4}/example/index\\.html"));
        }
    }

    @Test
    void acceptsAnEmptyFolderThatAlreadyExists() throws IOException {
        Path site = Files.createDirectories(folder.resolve("empty"));

        GazetteCommandTest.Run run = gazette("init", site.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("创建新站点", "mvn package");
        assertThat(site.resolve("pom.xml")).exists();
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndTouchesNothing() throws IOException {
        Path site = Files.createDirectories(folder.resolve("old"));
        Files.writeString(site.resolve("README.md"), "我们的旧网站");
        Map<String, String> before = FileTrees.fingerprint(folder);

        GazetteCommandTest.Run run = gazette("init", site.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("已存在且不是空目录", "不会覆盖已有文件");
        assertThat(FileTrees.fingerprint(folder)).isEqualTo(before);
    }

    @Test
    void refusesAFileInPlaceOfTheFolder() throws IOException {
        Path file = Files.writeString(folder.resolve("site"), "x");

        GazetteCommandTest.Run run = gazette("init", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(file).hasContent("x");
    }

    @Test
    void versionIsTheOneTheSitePomPins() {
        GazetteCommandTest.Run run = gazette("--version");

        assertThat(run.out().strip()).isEqualTo("Gazette " + VersionProvider.current());
    }
}
