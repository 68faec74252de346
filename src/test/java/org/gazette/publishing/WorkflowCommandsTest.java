package org.gazette.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gazette.cli.GazetteCommand;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The workflow files, parsed as YAML as GitHub and GitLab parse them, run exactly the commands
 * {@code docs/publishing.md} states; the check command, resolved through the pom to the arguments
 * {@code gazette} receives, really prints GitHub annotations; only the main branch publishes; and
 * every action is pinned to a commit.
 */
@ExtendWith(TestSiteExtension.class)
class WorkflowCommandsTest {

    private static final Path PROJECT = TestSite.REPOSITORY;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String BUILD = "mvn -B package";
    private static final String CHECK_EXECUTION = "mvn -B exec:exec@check";

    /** The commands of the code block after the {@code <!-- commands:} marker of docs/publishing.md. */
    static List<String> documentedCommands() throws IOException {
        String doc = Files.readString(PROJECT.resolve("docs/publishing.md"));
        Matcher block = Pattern.compile("<!-- commands:[^\\n]*-->\\s*```sh\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(block.find()).as("the commands block of docs/publishing.md").isTrue();
        return Arrays.stream(block.group(1).split("\\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static JsonNode yaml(String file) throws IOException {
        return YAML.readTree(PROJECT.resolve(file).toFile());
    }

    private static List<JsonNode> githubSteps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").forEach(job -> {
            if (job.has("steps")) {
                job.get("steps").forEach(steps::add);
            }
        });
        return steps;
    }

    @Test
    void theDocumentedCommandsAreTheBuildAndTheGithubCheck() throws IOException {
        assertThat(documentedCommands()).containsExactly(BUILD, CHECK_EXECUTION + " -Dgazette.format=github");
    }

    @Test
    void githubActionsRunsExactlyTheDocumentedCommands() throws IOException {
        Set<String> run = new LinkedHashSet<>();
        for (JsonNode step : githubSteps(yaml(".github/workflows/site.yml"))) {
            if (step.has("run")) {
                run.add(step.get("run").asText().strip());
            }
        }

        assertThat(run).containsExactlyElementsOf(documentedCommands());
    }

    @Test
    void gitlabRunsTheDocumentedCommandsWithTheCheckInPlainText() throws IOException {
        JsonNode ci = yaml(".gitlab-ci.yml");
        List<String> script = new ArrayList<>();
        ci.get("build").get("script").forEach(line -> script.add(line.asText().strip()));

        assertThat(script).containsExactly(BUILD, CHECK_EXECUTION);
        assertThat(documentedCommands()).anyMatch(command -> command.startsWith(CHECK_EXECUTION + " "));
        assertThat(ci.get("build").get("artifacts").get("paths").get(0).asText()).isEqualTo("target/site");
    }

    @Test
    void theGithubCheckGivesGazetteFormatGithubAndPrintsAnnotations(TestSite site) throws Exception {
        String check = documentedCommands().get(1);
        List<String> arguments = checkArguments(check, site.root());
        site.write("content/notices/a.md", TestSite.NOTICE.replace("2022-05-24", "2022年5月24日"));

        assertThat(String.join(" ", arguments)).endsWith("check --source " + site.root() + " --format github");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = GazetteCommand.run(arguments.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(status).isEqualTo(1);
        assertThat(out + "" + err).contains("::error file=content/notices/a.md,line=3");
    }

    /**
     * The arguments {@code gazette} gets from {@code mvn exec:exec@check -D…}: the pom's {@code check}
     * execution after {@code -jar target/gazette.jar}, with {@code ${project.basedir}} the site and the
     * properties the command line sets (the pom's defaults otherwise).
     */
    private static List<String> checkArguments(String command, Path site) throws Exception {
        org.w3c.dom.Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(PROJECT.resolve("pom.xml").toFile());
        Element execution = null;
        NodeList executions = pom.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element candidate = (Element) executions.item(i);
            NodeList ids = candidate.getElementsByTagName("id");
            if (ids.getLength() > 0 && ids.item(0).getTextContent().strip().equals("check")) {
                execution = candidate;
            }
        }
        assertThat(execution).as("the check execution of pom.xml").isNotNull();
        List<String> arguments = new ArrayList<>();
        NodeList argumentNodes = execution.getElementsByTagName("argument");
        for (int i = 0; i < argumentNodes.getLength(); i++) {
            arguments.add(argumentNodes.item(i).getTextContent().strip());
        }
        assertThat(arguments.subList(0, 2)).containsExactly("-jar", "${project.build.directory}/gazette.jar");
        List<String> resolved = new ArrayList<>();
        for (String argument : arguments.subList(2, arguments.size())) {
            String value = argument.replace("${project.basedir}", site.toString());
            Matcher property = Pattern.compile("\\$\\{([\\w.]+)}").matcher(value);
            if (property.matches()) {
                value = propertyValue(command, property.group(1), pom);
            }
            resolved.add(value);
        }
        return resolved;
    }

    private static String propertyValue(String command, String name, org.w3c.dom.Document pom) {
        Matcher set = Pattern.compile("-D" + Pattern.quote(name) + "=(\\S+)").matcher(command);
        if (set.find()) {
            return set.group(1);
        }
        return pom.getElementsByTagName(name).item(0).getTextContent().strip();
    }

    @Test
    void onlyMainPublishesAndPullRequestsNeverDo() throws IOException {
        JsonNode workflow = yaml(".github/workflows/site.yml");
        JsonNode on = workflow.get("on");

        assertThat(on.get("push").get("branches")).extracting(JsonNode::asText).containsExactly("main");
        assertThat(on.has("pull_request")).isTrue();
        assertThat(on.get("schedule").get(0).get("cron").asText()).matches("\\d+ \\d+ \\* \\* \\*");
        JsonNode deploy = workflow.get("jobs").get("deploy");
        assertThat(deploy.get("if").asText())
                .contains("github.event_name != 'pull_request'").contains("github.ref == 'refs/heads/main'");
        assertThat(deploy.get("permissions").get("pages").asText()).isEqualTo("write");
        assertThat(workflow.get("permissions").has("pages")).as("the build job cannot publish").isFalse();
        JsonNode upload = githubSteps(workflow).stream()
                .filter(step -> step.path("uses").asText().startsWith("actions/upload-pages-artifact@")).findFirst().orElseThrow();
        assertThat(upload.get("if").asText()).isEqualTo(deploy.get("if").asText());
        assertThat(upload.get("with").get("path").asText()).isEqualTo("target/site");

        JsonNode pages = yaml(".gitlab-ci.yml").get("pages");
        assertThat(pages.get("artifacts").get("paths").get(0).asText()).isEqualTo("public");
        assertThat(pages.get("rules").get(0).get("if").asText())
                .contains("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH").contains("!= \"merge_request_event\"");
    }

    @Test
    void everyActionIsPinnedToACommitWithItsVersionBeside() throws IOException {
        List<String> uses = Files.readAllLines(PROJECT.resolve(".github/workflows/site.yml")).stream()
                .filter(line -> line.contains("uses:")).toList();

        assertThat(uses).hasSize(5).allSatisfy(line ->
                assertThat(line).matches(".*uses: actions/[\\w-]+@[0-9a-f]{40} # v\\d+\\.\\d+\\.\\d+$"));
        JsonNode setupJava = githubSteps(yaml(".github/workflows/site.yml")).stream()
                .filter(step -> step.path("uses").asText().startsWith("actions/setup-java@")).findFirst().orElseThrow();
        assertThat(setupJava.get("with").get("java-version").asText()).isEqualTo("17");
        assertThat(setupJava.get("with").get("cache").asText()).isEqualTo("maven");
    }

    @Test
    void noWorkflowFixesTheBuildDay() throws IOException {
        for (String file : List.of(".github/workflows/site.yml", ".gitlab-ci.yml")) {
            assertThat(Files.readAllLines(PROJECT.resolve(file)))
                    .as("%s must not set SOURCE_DATE_EPOCH, or scheduled notices would never appear", file)
                    .noneMatch(line -> line.contains("SOURCE_DATE_EPOCH") && !line.strip().startsWith("#"));
        }
    }
}
