package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.cli.GazetteCommandTest.gazette;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.testing.TestSite;
import org.gazette.validation.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette check --format json|github}: the same problems as the text report, for tools. */
class CheckFormatTest {

    /** A file name and a field name with every character GitHub's workflow commands must escape. */
    private static final String ODD_FILE = "content/notices/100%,a:b.md";
    private static final String ODD_FIELD = "a,b:c%";

    @TempDir
    Path folder;

    TestSite site;

    @BeforeEach
    void createSite() throws IOException {
        site = TestSite.in(folder.resolve("site"));
    }

    private GazetteCommandTest.Run check(String format) {
        return gazette("check", "--format", format, "--source", site.root().toString());
    }

    private void writeMistakes() throws IOException {
        site.write(ODD_FILE, "---\ntitle: 通知\ndate: 2022-05-24\nagencies: [kjj]\n\"" + ODD_FIELD + "\": 1\n---\n");
        site.write("content/notices/draft.md", "---\nstatus: draft\ndate: 2022-05-24\nagencies: [kjj]\n---\n");
        Files.delete(site.path("data/campaigns.yaml"));
        site.write("content/notices/b.md", "---\ntitle: 通知\ndate: 2022-05-24\nagencies: [kjj]\ncampaign: sci-week-2022\n---\n");
    }

    @Test
    void jsonListsEveryProblemWithItsPartsAndTheSummary() throws IOException {
        writeMistakes();

        GazetteCommandTest.Run run = check("json");
        JsonNode report = new ObjectMapper().readTree(run.out());

        assertThat(run.status()).isEqualTo(GazetteCommand.CONTENT_ERRORS);
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("errors").asInt()).isEqualTo(2);
        assertThat(report.get("warnings").asInt()).isEqualTo(1);
        assertThat(report.get("summary").asText()).isEqualTo("共发现 2 处错误。请按上面每行的提示修改后重新检查。");
        List<JsonNode> problems = new ArrayList<>();
        report.get("problems").forEach(problems::add);
        JsonNode odd = problems.stream().filter(p -> p.get("file").asText().equals(ODD_FILE)).findFirst().orElseThrow();
        assertThat(odd.get("severity").asText()).isEqualTo("error");
        assertThat(odd.get("line").asInt()).isEqualTo(5);
        assertThat(odd.get("field").asText()).isEqualTo(ODD_FIELD);
        assertThat(odd.get("message").asText()).isEqualTo("不认识的字段“" + ODD_FIELD + "”");
        assertThat(odd.get("hint").asText()).startsWith("可用的字段有：");
        assertThat(odd.get("text").asText()).isEqualTo(ODD_FILE + ":5: " + ODD_FIELD + ": 不认识的字段“" + ODD_FIELD + "” —— "
                + odd.get("hint").asText());
        JsonNode draft = problems.stream().filter(p -> p.get("severity").asText().equals("warning")).findFirst().orElseThrow();
        assertThat(draft.get("file").asText()).isEqualTo("content/notices/draft.md");
        assertThat(draft.get("message").asText()).startsWith("（草稿）");
        assertThat(problems).extracting(p -> p.get("file").asText()).contains("content/notices/b.md");
    }

    @Test
    void jsonOfAPassingCheckSaysOkWithTheCounts() throws IOException {
        site.write("content/notices/a.md", TestSite.NOTICE);

        GazetteCommandTest.Run run = check("json");
        JsonNode report = new ObjectMapper().readTree(run.out());

        assertThat(run.status()).isZero();
        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.get("documents").asInt()).isEqualTo(1);
        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("summary").asText()).isEqualTo("检查通过：1 篇文档、0 个附件文件没有发现问题。");
    }

    @Test
    void jsonGivesANullLineWhenNoSingleLineIsToBlame() throws IOException {
        site.write("content/notices/a.md", TestSite.NOTICE);
        Files.delete(site.path("data/agencies.yaml"));

        JsonNode report = new ObjectMapper().readTree(check("json").out());

        List<JsonNode> problems = new ArrayList<>();
        report.get("problems").forEach(problems::add);
        JsonNode missing = problems.stream().filter(p -> p.get("file").asText().equals("data/agencies.yaml")).findFirst()
                .orElseThrow();
        assertThat(missing.get("line").isNull()).isTrue();
    }

    @Test
    void githubPrintsOneEscapedAnnotationPerProblemThenTheSummary() throws IOException {
        writeMistakes();

        GazetteCommandTest.Run run = check("github");
        List<String> lines = run.out().lines().toList();

        assertThat(run.status()).isEqualTo(GazetteCommand.CONTENT_ERRORS);
        assertThat(lines).contains("::error file=content/notices/100%25%2Ca%3Ab.md,line=5,title=a%2Cb%3Ac%25::"
                + "不认识的字段“a,b:c%25” —— " + lines.stream().filter(l -> l.startsWith("::error file=content/notices/100"))
                        .findFirst().orElseThrow().replaceFirst(".*” —— ", ""));
        assertThat(lines).anyMatch(l -> l.startsWith("::warning file=content/notices/draft.md,line="));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("共发现 2 处错误。请按上面每行的提示修改后重新检查。");
    }

    @Test
    void githubEscapesLineBreaksAndPercentInTheMessageAndSeparatorsInProperties() {
        Problem problem = new Problem("content/a,b.md", 3, "schedule[1].title", "第一行\r\n第二行 100%", "写成 a: b, c");

        assertThat(GithubCheckReport.command("error", problem)).isEqualTo(
                "::error file=content/a%2Cb.md,line=3,title=schedule[1].title::第一行%0D%0A第二行 100%25 —— 写成 a: b, c");
    }

    @Test
    void githubLeavesOutTheLineAndTitlesFieldlessProblemsAfterTheTool() {
        Problem problem = new Problem("data/site.yaml", 0, null, "缺少数据文件 data/site.yaml", null);

        assertThat(GithubCheckReport.command("warning", problem))
                .isEqualTo("::warning file=data/site.yaml,title=gazette check::缺少数据文件 data/site.yaml");
    }

    @Test
    void textStaysTheDefault() throws IOException {
        writeMistakes();

        GazetteCommandTest.Run plain = gazette("check", "--source", site.root().toString());
        GazetteCommandTest.Run text = check("text");

        assertThat(text.err()).isEqualTo(plain.err()).contains(ODD_FILE + ":5: " + ODD_FIELD + ": 不认识的字段");
        assertThat(text.out()).isEqualTo(plain.out()).isEmpty();
    }

    @Test
    void theEditorsGuideQuotesBothFormatsAsPrinted() throws IOException {
        site.write("content/notices/2024/sci-week/index.md", "---\ntitle: 通知\ndate: 2024年5月10日\nagencies: [kjj]\n---\n");
        String guide = Files.readString(TestSite.REPOSITORY.resolve("docs/editor-guide.md"));

        assertThat(guide).contains(check("json").out().strip()).contains(check("github").out().strip());
    }

    @Test
    void anUnknownFormatIsACommandLineMistake() {
        GazetteCommandTest.Run run = check("xml");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("不认识的输出格式“xml”").contains("text、json、github");
    }
}
