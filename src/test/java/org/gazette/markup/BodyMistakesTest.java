package org.gazette.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Images and links in a document's text are checked at the line they are written on. */
@ExtendWith(TestSiteExtension.class)
class BodyMistakesTest {

    static final String BUNDLE = "content/notices/sci-week/";
    static final String FILE = BUNDLE + "index.md";

    static final String HEADER = """
            ---
            title: 通知
            date: 2022-05-24
            agencies: [kjj]
            ---

            各有关单位：

            """;

    @Test
    void imageWithoutAltText(TestSite site) throws IOException {
        site.write(BUNDLE + "现场.jpg", new byte[] {1});
        site.write(FILE, HEADER + "![](现场.jpg)\n");

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 9, "正文")
                .hasMessageContaining("缺少文字说明")
                .hasHintContaining("![启动仪式现场](现场.jpg)");
    }

    @Test
    void linkToAFileMissingFromTheBundle(TestSite site) throws IOException {
        site.write(FILE, HEADER + "请填写[统计表](附件1 统计表.xlsx)。\n");

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 9, "正文")
                .hasMessageContaining("找不到链接的文件“附件1 统计表.xlsx”")
                .hasHintContaining("文件名与这里写的完全一致");
    }

    @Test
    void imageFromAnotherWebsite(TestSite site) throws IOException {
        site.write(FILE, HEADER + "![活动海报](https://img.example.com/poster.png)\n");

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 9, "正文")
                .hasMessageContaining("引用了外部网站")
                .hasHintContaining("放进文档文件夹");
    }

    @Test
    void linkToADocumentThatDoesNotExist(TestSite site) throws IOException {
        site.write(FILE, HEADER + "详见[去年的通知](../old/index.md)。\n");

        assertThatProblem(site.check().onlyProblem()).isAt(FILE, 9, "正文").hasMessageContaining("指向的文档不存在");
    }

    @Test
    void linkThatLeavesTheBundle(TestSite site) throws IOException {
        site.write("content/notices/x.xlsx", new byte[] {1});
        site.write(FILE, HEADER + "见[统计表](../x.xlsx)。\n");

        CheckRun run = site.check();

        assertThat(run.problemWithField("正文")).satisfies(p ->
                assertThatProblem(p).isAt(FILE, 9, "正文").hasMessageContaining("在文档文件夹之外"));
    }

    @Test
    void fileLinkedFromASingleFileDocument(TestSite site) throws IOException {
        site.write("content/notices/a.md", HEADER + "见[统计表](统计表.xlsx)。\n");

        assertThatProblem(site.check().onlyProblem()).isAt("content/notices/a.md", 9, "正文")
                .hasMessageContaining("单个 .md 文件的文档不能带文件");
    }

    @Test
    void linksToOtherDocumentsAndWebsitesAreFine(TestSite site) throws IOException {
        site.write("content/notices/old.md", HEADER);
        site.write(FILE, HEADER + "详见[去年的通知](../old.md)、[科技部](https://www.most.gov.cn/)和[第一节](#sec-1)。\n");

        assertThat(site.check().problems()).isEmpty();
    }
}
