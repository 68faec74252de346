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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gazette.build.BuildOptions;
import org.gazette.build.SiteBuilder;
import org.gazette.testing.TestSite;
import org.gazette.validation.BuildFailedException;
import org.gazette.validation.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .vscode/tasks.json}: the 检查 and 预览 tasks run the tool, and their problem matchers put
 * every problem {@code check} prints at its file and line, errors as errors and 提醒 as warnings.
 * VS Code reads the regular expressions as JavaScript; they keep to what Java reads the same way.
 */
class VsCodeTasksTest {

    private static final Path VSCODE = TestSite.REPOSITORY.resolve(".vscode");

    @TempDir
    Path folder;

    TestSite site;

    /** One problem matcher of tasks.json. */
    record ProblemMatcher(String severity, boolean wholeFile, Pattern regexp, JsonNode pattern) {

        /** What VS Code would put in the Problems panel for a line, or null when it does not match. */
        Found match(String line) {
            Matcher m = regexp.matcher(line);
            if (!m.matches()) {
                return null;
            }
            int lineNumber = wholeFile ? 0 : Integer.parseInt(m.group(pattern.get("line").asInt()));
            return new Found(severity, m.group(pattern.get("file").asInt()), lineNumber, m.group(pattern.get("message").asInt()));
        }
    }

    record Found(String severity, String file, int line, String message) {
    }

    @BeforeEach
    void createSite() throws IOException {
        site = TestSite.in(folder.resolve("site"));
    }

    private static JsonNode task(String label) throws IOException {
        JsonNode tasks = new ObjectMapper().readTree(VSCODE.resolve("tasks.json").toFile());
        for (JsonNode task : tasks.get("tasks")) {
            if (task.get("label").asText().equals(label)) {
                return task;
            }
        }
        throw new AssertionError("no task " + label + " in tasks.json");
    }

    private static List<ProblemMatcher> matchers(JsonNode task) {
        List<ProblemMatcher> matchers = new ArrayList<>();
        for (JsonNode matcher : task.get("problemMatcher")) {
            JsonNode pattern = matcher.get("pattern");
            matchers.add(new ProblemMatcher(matcher.get("severity").asText(), "file".equals(pattern.path("kind").asText()),
                    Pattern.compile(pattern.get("regexp").asText()), pattern));
        }
        return matchers;
    }

    private static List<Found> panel(List<ProblemMatcher> matchers, String line) {
        return matchers.stream().map(m -> m.match(line)).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void theCheckTaskRunsCheckWithTheBuiltJar() throws IOException {
        JsonNode check = task("检查");

        assertThat(check.get("command").asText()).isEqualTo("java");
        assertThat(check.get("args")).extracting(JsonNode::asText).containsExactly("-jar", "target/gazette.jar", "check");
        assertThat(check.get("problemMatcher")).allSatisfy(m ->
                assertThat(m.get("fileLocation").get(0).asText()).isEqualTo("relative"));
    }

    @Test
    void thePreviewTaskServesInTheBackgroundWithTheSameMatchers() throws IOException {
        JsonNode preview = task("预览");

        assertThat(preview.get("isBackground").asBoolean()).isTrue();
        assertThat(preview.get("args")).extracting(JsonNode::asText).containsExactly("-jar", "target/gazette.jar", "serve");
        assertThat(matchers(preview)).extracting(m -> m.regexp().pattern())
                .containsExactlyElementsOf(matchers(task("检查")).stream().map(m -> m.regexp().pattern()).toList());
        assertThat(preview.get("problemMatcher")).allSatisfy(m -> assertThat(m.has("background")).isTrue());
    }

    @Test
    void thePreviewsRoundsOfBuildingAreToldApartFromItsProblems() throws IOException {
        for (JsonNode matcher : task("预览").get("problemMatcher")) {
            Pattern begins = Pattern.compile(matcher.get("background").get("beginsPattern").asText());
            Pattern ends = Pattern.compile(matcher.get("background").get("endsPattern").asText());

            assertThat(begins.matcher("正在生成预览 → /srv/site/target/preview").lookingAt()).isTrue();
            assertThat(ends.matcher("09:30:05 已更新：重新生成 3 个页面和文件，用时 0.08 秒").lookingAt()).isTrue();
            assertThat(ends.matcher("09:30:05 共发现 2 处错误，预览没有更新").lookingAt()).isTrue();
            for (String problem : List.of("content/a.md:3: date: 日期不存在", "提醒: content/a.md: 正文: 已删除")) {
                assertThat(begins.matcher(problem).lookingAt()).isFalse();
                assertThat(ends.matcher(problem).lookingAt()).isFalse();
            }
        }
    }

    @Test
    void everyProblemCheckPrintsLandsAtItsFileAndLineOnce() throws IOException {
        site.write("content/notices/2024/附件 通知.md", "---\ntitle: 通知\ndate: 2024年5月10日\nagencies: [kjj]\n---\n");
        site.write("content/notices/草稿.md", "---\nstatus: draft\ndate: 2022-05-24\nagencies: [kjj]\n---\n");
        site.write("content/notices/b.md", "---\ntitle: 通知\ndate: 2022-05-24\nagencies: [kjj]\nschedule:\n  - title: 讲座\n---\n");
        Files.delete(site.path("data/site.yaml"));
        List<Problem> errors;
        List<Problem> warnings;
        try {
            new SiteBuilder().build(BuildOptions.check(site.root()));
            throw new AssertionError("the check should fail");
        } catch (BuildFailedException e) {
            errors = e.problems();
            warnings = e.warnings();
        }
        assertThat(errors).anyMatch(p -> p.line() == 0).anyMatch(p -> p.line() > 0);
        assertThat(warnings).isNotEmpty();

        GazetteCommandTest.Run run = gazette("check", "--source", site.root().toString());
        List<String> printed = Stream.concat(run.out().lines(), run.err().lines()).toList();
        List<ProblemMatcher> matchers = matchers(task("检查"));

        for (Problem error : errors) {
            assertThat(printed).contains(error.format());
            assertThat(panel(matchers, error.format())).containsExactly(expected("error", error));
        }
        for (Problem warning : warnings) {
            assertThat(printed).contains("提醒: " + warning.format());
            assertThat(panel(matchers, "提醒: " + warning.format())).containsExactly(expected("warning", warning));
        }
        List<String> others = printed.stream().filter(l -> errors.stream().noneMatch(p -> p.format().equals(l)))
                .filter(l -> warnings.stream().noneMatch(p -> ("提醒: " + p.format()).equals(l))).toList();
        assertThat(others).isNotEmpty().allSatisfy(l -> assertThat(panel(matchers, l)).as(l).isEmpty());
    }

    @Test
    void aWarningForAWholeFileLandsOnThatFile() throws IOException {
        Problem warning = new Problem("content/notices/a b.md", 0, "attachments[1]", "附件很大", "压缩后再放");

        assertThat(panel(matchers(task("检查")), "提醒: " + warning.format()))
                .containsExactly(expected("warning", warning));
    }

    @Test
    void theSummaryAndDraftListAreNotProblems() throws IOException {
        List<ProblemMatcher> matchers = matchers(task("检查"));

        for (String line : List.of("检查通过：3 篇文档、1 个附件文件没有发现问题。", "以下草稿（status: draft）不会发布：",
                "  content/notices/a.md", "共发现 2 处错误。请按上面每行的提示修改后重新检查。", "")) {
            assertThat(panel(matchers, line)).as(line).isEmpty();
        }
    }

    @Test
    void theRegularExpressionsUseOnlyWhatJavaScriptReadsTheSameWay() throws IOException {
        for (ProblemMatcher matcher : matchers(task("检查"))) {
            String regexp = matcher.regexp().pattern();
            assertThat(regexp).startsWith("^").endsWith("$")
                    .doesNotContain("(?<", "(?i", "\\A", "\\Z", "\\z", "\\p", "\\h", "\\R", "*+", "++", "?+", "[[", "&&", "\\Q");
        }
    }

    /** The panel entry for a problem: its file, its line (0 for the whole file) and the rest of the line. */
    private static Found expected(String severity, Problem problem) {
        String location = problem.file() + (problem.line() > 0 ? ":" + problem.line() : "") + ": ";
        return new Found(severity, problem.file(), problem.line(), problem.format().substring(location.length()));
    }
}
