package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.cli.GazetteCommandTest.gazette;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.gazette.content.model.ContentModel;
import org.gazette.content.model.Field;
import org.gazette.site.BuildDay;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.validation.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette new}: a new document that {@code check} refuses until every placeholder is filled in. */
class NewCommandTest {

    private static final String NOTICE = "content/notices/2024/sci-week/index.md";

    @TempDir
    Path folder;

    TestSite site;

    @BeforeEach
    void createSite() throws IOException {
        site = TestSite.in(folder.resolve("site"));
    }

    private GazetteCommandTest.Run newDocument(String type, String path) {
        return gazette("new", type, path, "--source", site.root().toString());
    }

    private String created() throws IOException {
        return Files.readString(site.path(NOTICE));
    }

    @Test
    void createsABundleFolderWithAnIndexAndSaysWhere() throws IOException {
        GazetteCommandTest.Run run = newDocument("notice", "2024/sci-week");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("已新建 " + NOTICE);
        assertThat(created()).startsWith("---\n").contains("\n---\n");
    }

    @Test
    void aPlanGoesUnderPlans() {
        assertThat(newDocument("plan", "2024/方案").status()).isZero();

        assertThat(site.path("content/plans/2024/方案/index.md")).isRegularFile();
    }

    @Test
    void theNewDocumentFailsTheCheckNamingEachPlaceholder() throws IOException {
        newDocument("notice", "2024/sci-week");

        CheckRun check = site.check();

        assertThat(check.exitStatus()).isEqualTo(GazetteCommand.CONTENT_ERRORS);
        assertThat(check.problems()).extracting(Problem::field).containsExactly("title", "agencies", null);
        assertThat(check.problems()).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(NOTICE);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("还没有填写").contains("gazette new");
            assertThat(p.hint()).isNotBlank();
        });
        List<String> lines = created().lines().toList();
        assertThat(check.problems()).allSatisfy(p -> assertThat(lines.get(p.line() - 1)).contains("【待填写】"));
        assertThat(check.err()).contains(NOTICE + ":" + check.problems().get(0).line() + ": title: 还没有填写 title");
    }

    @Test
    void onceFilledInItPassesTheCheck() throws IOException {
        newDocument("notice", "2024/sci-week");
        String filled = created()
                .replace("title: 【待填写】通知的完整标题", "title: 关于开展2024年科技活动周的通知")
                .replace("agencies: [【待填写】发布机构编号]", "agencies: [kjj, kx]")
                .replaceAll("【待填写】正文.*", "各乡镇：现将有关事项通知如下。");
        site.write(NOTICE, filled);

        CheckRun check = site.check();

        assertThat(check.problems()).isEmpty();
        assertThat(check.exitStatus()).isZero();
    }

    @Test
    void everyUncommentedOptionalExampleIsAKnownWellFormedField() throws IOException {
        newDocument("notice", "2024/sci-week");
        String uncommented = created().lines()
                .map(line -> line.matches("# (?:[a-z_]+:.*|  .*)") && !line.startsWith("#   ") || line.matches("#   [- ] .*")
                        ? line.substring(2) : line)
                .reduce("", (a, b) -> a + b + "\n")
                .replace("title: 【待填写】通知的完整标题", "title: 关于开展2024年科技活动周的通知")
                .replace("agencies: [【待填写】发布机构编号]", "agencies: [kjj, kx]")
                .replaceAll("【待填写】正文.*", "正文。");
        site.write(NOTICE, uncommented);

        List<Problem> problems = site.check().problems();

        // The examples name ids and files this site does not have, but never an unknown field
        // nor a value of the wrong form.
        assertThat(problems).extracting(Problem::message).noneMatch(m -> m.contains("不认识的字段"))
                .noneMatch(m -> m.contains("无法识别")).noneMatch(m -> m.contains("不是可用的值"));
        for (Field field : ContentModel.DOCUMENT.fields()) {
            assertThat(uncommented).as("template writes " + field.name()).containsPattern("(?m)^" + field.name() + ":");
        }
    }

    @Test
    void listsTheSitesIdsWithTheirNamesAndPrefillsToday() throws IOException {
        newDocument("notice", "2024/sci-week");

        assertThat(created()).contains("#   kjj  某县科学技术局").contains("#   kx   某县科学技术协会")
                .contains("#   sci-week-2022  2022年全国科技活动周").contains("#   wang  王晶晶（某县科学技术局）")
                .contains("#   - ref: wang")
                .contains("date: " + BuildDay.resolve(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void refusesToOverwriteAnExistingDocument() throws IOException {
        site.write(NOTICE, TestSite.NOTICE);

        GazetteCommandTest.Run run = newDocument("notice", "2024/sci-week");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("已有文档 " + NOTICE + "，不会覆盖");
        assertThat(created()).isEqualTo(TestSite.NOTICE);
    }

    @Test
    void refusesAFolderBesideASingleFileDocumentOfTheSameName() throws IOException {
        site.write("content/notices/2024/sci-week.md", TestSite.NOTICE);

        GazetteCommandTest.Run run = newDocument("notice", "2024/sci-week");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("已有文档 content/notices/2024/sci-week.md");
    }

    @Test
    void anUnknownTypeIsACommandLineMistake() {
        GazetteCommandTest.Run run = newDocument("page", "about");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("不认识的文档类型“page”").contains("notice（通知）或 plan（实施方案）");
        assertThat(site.path("content/notices/about")).doesNotExist();
    }

    @Test
    void aPathLeavingTheTypeFolderIsRefused() {
        for (String path : List.of("../../outside", "2024/../../x", "/tmp/x", "content/plans/x", "")) {
            GazetteCommandTest.Run run = newDocument("notice", path);

            assertThat(run.status()).as(path).isEqualTo(2);
            assertThat(run.err()).as(path).contains("例如 2024/sci-week");
        }
        assertThat(folder.resolve("outside")).doesNotExist();
        assertThat(site.path("content/x")).doesNotExist();
    }

    @Test
    void aPathMayStartWithTheTypeFolderAsEditorsCopyIt() {
        assertThat(newDocument("notice", "content/notices/2024/sci-week/").status()).isZero();

        assertThat(site.path(NOTICE)).isRegularFile();
    }
}
