package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An attachment must be exactly one of a file in the document's own folder, a full web address or a
 * table of the body; anything else stops the build at the attachment's line.
 */
@ExtendWith(TestSiteExtension.class)
class AttachmentMistakesTest {

    static final String BUNDLE = "content/notices/sci-week/";
    static final String FILE = BUNDLE + "index.md";

    static final String HEADER = """
            ---
            title: 通知
            date: 2022-05-24
            agencies: [kjj]
            attachments:
            """;

    @Test
    void missingFileNamesTheFileWithASimilarName(TestSite site) throws IOException {
        site.write(BUNDLE + "附件1 统计表.xlsx", new byte[] {1});
        site.write(FILE, HEADER + """
                  - title: 附件1：统计表
                    file: 附件1统计表.xlsx
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 7, "attachments[1].file")
                .hasMessageContaining("找不到附件文件“附件1统计表.xlsx”")
                .hasHintContaining("文件夹里有“附件1 统计表.xlsx”");
    }

    @Test
    void missingFileListsTheFilesOfTheFolder(TestSite site) throws IOException {
        site.write(BUNDLE + "名单.docx", TestSite.OFFICE_FILE);
        site.write(FILE, HEADER + """
                  - title: 附件1：统计表
                    file: 统计表.xlsx
                  - title: 名单
                    file: 名单.docx
                ---
                """);

        assertThatProblem(site.check().onlyProblem()).isAt(FILE, 7, "attachments[1].file").hasHintContaining("名单.docx");
    }

    @Test
    void pathThatLeavesTheBundle(TestSite site) throws IOException {
        site.write("content/notices/x.xlsx", new byte[] {1});
        site.write(FILE, HEADER + """
                  - title: 统计表
                    file: ../x.xlsx
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.problemInFile(FILE)).isAt(FILE, 7, "attachments[1].file")
                .hasMessageContaining("指向了文档文件夹之外")
                .hasHintContaining("content/notices/sci-week/");
    }

    @Test
    void absolutePath(TestSite site) throws IOException {
        site.write(FILE, HEADER + """
                  - title: 密码文件
                    file: /etc/passwd
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 7, "attachments[1].file").hasMessageContaining("绝对路径");
    }

    @Test
    void symbolicLinkIsNotFollowed(TestSite site) throws IOException {
        site.write("outside/secret.xlsx", new byte[] {1});
        site.symlink(BUNDLE + "统计表.xlsx", site.path("outside/secret.xlsx"));
        site.write(FILE, HEADER + """
                  - title: 统计表
                    file: 统计表.xlsx
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.problemWithField("attachments[1].file")).isAt(FILE, 7, "attachments[1].file")
                .hasMessageContaining("符号链接");
        assertThatProblem(run.problemInFile(BUNDLE + "统计表.xlsx")).hasMessageContaining("符号链接");
    }

    @Test
    void fileOfASingleFileDocument(TestSite site) throws IOException {
        site.write("content/notices/a.md", HEADER + """
                  - title: 统计表
                    file: 统计表.xlsx
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/notices/a.md", 7, "attachments[1].file")
                .hasMessageContaining("单个 .md 文件的文档不能带附件文件")
                .hasHintContaining("新建文件夹 a/");
    }

    @Test
    void attachmentWithNeitherFileNorUrlNorTable(TestSite site) throws IOException {
        site.write(FILE, HEADER + """
                  - title: 统计表
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 6, "attachments[1]")
                .hasMessageContaining("既没有 file，也没有 url 或 table");
    }

    @Test
    void attachmentWithSeveralOfFileUrlAndTable(TestSite site) throws IOException {
        site.write(BUNDLE + "统计表.xlsx", TestSite.OFFICE_FILE);
        site.write(FILE, HEADER + """
                  - title: 统计表
                    file: 统计表.xlsx
                    url: https://www.example.gov.cn/a.xlsx
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 6, "attachments[1]").hasMessageContaining("只能写 file、url、table 中的一个");
    }

    @Test
    void urlThatIsNotAWebAddress(TestSite site) throws IOException {
        site.write(FILE, HEADER + """
                  - title: 全国通知
                    url: www.most.gov.cn/notice.html
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 7, "attachments[1].url")
                .hasMessageContaining("不是完整的网址")
                .hasHintContaining("https://");
    }

    @Test
    void tableAttachmentWithoutItsTableInTheBody(TestSite site) throws IOException {
        site.write(FILE, HEADER + """
                  - title: 开展情况统计表
                    table: true
                ---

                正文没有表格。
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 6, "attachments").hasHintContaining("## 附件 开展情况统计表");
    }
}
