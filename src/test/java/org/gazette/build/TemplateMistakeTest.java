package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.IntStream;
import org.gazette.testing.TestSite;
import org.gazette.validation.BuildFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in a template is reported at the template's own file and line, once, however many
 * pages it broke: a syntax error in the layout every page imports, and an expression that is
 * missing, named with the expression.
 */
class TemplateMistakeTest {

    @TempDir
    Path folder;

    TestSite site;
    int headLine;

    @BeforeEach
    void aSiteOfThreeNotices() throws Exception {
        site = TestSite.in(folder.resolve("src"));
        for (int i = 1; i <= 3; i++) {
            site.write("content/notices/n" + i + ".md", TestSite.NOTICE.replace("title: 通知", "title: 第" + i + "号通知"));
        }
        List<String> layout = Files.readAllLines(site.path("templates/layout.ftlh"));
        headLine = 1 + IntStream.range(0, layout.size()).filter(i -> layout.get(i).contains("</head>"))
                .findFirst().orElseThrow();
    }

    @Test
    void aSyntaxErrorInTheImportedLayoutNamesTheLayoutAndItsLineOnce() throws Exception {
        breakLayout("<#if>");

        assertThatThrownBy(this::build).isInstanceOfSatisfying(BuildFailedException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("templates/layout.ftlh");
                    assertThat(p.line()).isEqualTo(headLine);
                    assertThat(p.message()).startsWith("模板语法错误：");
                    assertThat(p.hint()).isEqualTo("这是模板问题，请联系网站开发人员");
                }));
    }

    @Test
    void aMissingValueNamesTheExpressionAndHowManyPagesItBroke() throws Exception {
        breakLayout("${nosuchvalue}");

        assertThatThrownBy(this::build).isInstanceOfSatisfying(BuildFailedException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("templates/layout.ftlh");
                    assertThat(p.line()).isEqualTo(headLine);
                    assertThat(p.message()).startsWith("模板出错（渲染 ").contains(" 个页面时）：").endsWith("nosuchvalue");
                }));
    }

    @Test
    void aMissingTemplateIsNamedAsAMistakeOfTheSiteNotAFailingDisk() throws Exception {
        Files.delete(site.path("templates/home.ftlh"));

        assertThatThrownBy(this::build).isInstanceOfSatisfying(BuildFailedException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("templates/home.ftlh");
                    assertThat(p.message()).isEqualTo("找不到模板文件 templates/home.ftlh");
                }));
    }

    @Test
    void aSiteWithoutATemplatesFolderIsOneMistakeNotASiteOfEmptyPages() throws Exception {
        StagingArea.deleteTree(site.path("templates"));

        assertThatThrownBy(this::build).isInstanceOfSatisfying(BuildFailedException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("templates/");
                    assertThat(p.message()).isEqualTo("找不到模板文件夹 templates/，无法生成任何页面");
                }));
        assertThat(folder.resolve("out")).doesNotExist();
    }

    /** Puts a line before the layout's {@code </head>}, which moves that tag one line down. */
    private void breakLayout(String line) throws Exception {
        Path layout = site.path("templates/layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replaceFirst("</head>", Matcher.quoteReplacement(line + "\n</head>")));
    }

    private void build() throws Exception {
        site.build(folder.resolve("out"), LocalDate.of(2022, 5, 20));
    }
}
