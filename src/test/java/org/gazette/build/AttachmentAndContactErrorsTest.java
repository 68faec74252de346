package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.gazette.validation.EnvironmentFailure;
import org.gazette.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every mistake with contacts and attachments stops the build with a message naming the file, the
 * line and the field, and saying what to do.
 */
class AttachmentAndContactErrorsTest {

    static final String DOC = "content/notices/2022/a/index.md";

    @TempDir
    Path folder;

    private SmallSite siteWith(String frontMatterTail) {
        return SmallSite.in(folder).text(DOC, """
                ---
                title: 关于开展2022年科技活动周的通知
                date: 2022-05-24
                agencies: [small-kx]
                %s---

                正文。
                """.formatted(frontMatterTail));
    }

    private static Problem only(List<Problem> problems, String field) {
        List<Problem> matching = problems.stream().filter(p -> field.equals(p.field())).toList();
        assertThat(matching).as("problems for %s in %s", field, problems).hasSize(1);
        return matching.get(0);
    }

    private static final String ONE_FILE = """
            attachments:
              - title: 附件1
                file: %s
            """;

    @Test
    void aMissingFileIsNamedWithTheOneThatIsThere() {
        SmallSite site = siteWith(ONE_FILE.formatted("附件1 统计表.xlsx")).bytes("content/notices/2022/a/附件1统计表.xlsx",
                ContactsAndAttachmentsSiteTest.zipBytes());

        Problem problem = only(site.problems(), "attachments[1].file");

        assertThat(problem.file()).isEqualTo(DOC);
        assertThat(problem.line()).isEqualTo(site.lineOf(DOC, "file:"));
        assertThat(problem.message()).contains("找不到附件文件“附件1 统计表.xlsx”");
        assertThat(problem.hint()).contains("附件1统计表.xlsx");
    }

    @Test
    void aPathLeavingTheBundleIsRefused() {
        SmallSite site = siteWith(ONE_FILE.formatted("../b/secret.pdf"));

        Problem problem = only(site.problems(), "attachments[1].file");

        assertThat(problem.line()).isEqualTo(site.lineOf(DOC, "file:"));
        assertThat(problem.message()).contains("指向了文档文件夹之外");
    }

    @Test
    void aSymbolicLinkIsRefused() throws IOException {
        SmallSite site = siteWith(ONE_FILE.formatted("link.pdf")).bytes("elsewhere/real.pdf",
                ContactsAndAttachmentsSiteTest.pdfOfPages(1));
        Files.createSymbolicLink(site.path("content/notices/2022/a/link.pdf"), site.path("elsewhere/real.pdf"));

        Problem problem = only(site.problems(), "attachments[1].file");

        assertThat(problem.line()).isEqualTo(site.lineOf(DOC, "file:"));
        assertThat(problem.message()).contains("符号链接");
    }

    @Test
    void anUnreadableFileIsTheServersPermissionsNotAContentMistake() throws IOException {
        SmallSite site = siteWith(ONE_FILE.formatted("locked.pdf")).bytes("content/notices/2022/a/locked.pdf",
                ContactsAndAttachmentsSiteTest.pdfOfPages(1));
        Path locked = site.path("content/notices/2022/a/locked.pdf");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "the file system lets this user read any file (root)");

        assertThatThrownBy(site::problems).isInstanceOf(EnvironmentFailure.class)
                .hasMessageContaining("无法读取").hasMessageContaining("locked.pdf").hasMessageContaining("没有读取权限");
    }

    @Test
    void anEmptyFileIsABrokenDownload() {
        SmallSite site = siteWith(ONE_FILE.formatted("空白.docx")).bytes("content/notices/2022/a/空白.docx", new byte[0]);

        Problem problem = only(site.problems(), "attachments[1].file");

        assertThat(problem.line()).isEqualTo(site.lineOf(DOC, "file:"));
        assertThat(problem.message()).contains("是空的（0 字节）");
    }

    @Test
    void aFileWhoseContentIsNotWhatItsExtensionSaysIsNamed() {
        SmallSite site = siteWith(ONE_FILE.formatted("通知.pdf")).bytes("content/notices/2022/a/通知.pdf",
                ContactsAndAttachmentsSiteTest.zipBytes());

        Problem problem = only(site.problems(), "attachments[1].file");

        assertThat(problem.message()).contains("扩展名是 .pdf").contains("ZIP 压缩包或新版 Office 文档");
        assertThat(problem.hint()).contains("改成与内容一致");
    }

    @Test
    void aPdfWhosePagesCannotBeCountedIsPublishedWithAWarning() throws Exception {
        SmallSite site = siteWith(ONE_FILE.formatted("扫描件.pdf")).bytes("content/notices/2022/a/扫描件.pdf",
                "%PDF-1.7\n这不是完整的 PDF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        BuildResult result = site.build(folder.resolve("out"));

        assertThat(result.warnings()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(DOC);
            assertThat(p.field()).isEqualTo("attachments[1].file");
            assertThat(p.message()).contains("无法读取 PDF“扫描件.pdf”的页数");
        });
        assertThat(folder.resolve("out/notices/2022/a/扫描件.pdf")).isRegularFile();
    }

    @Test
    void anUndeclaredFileInTheBundleIsNotPublishedButNamed() {
        SmallSite site = siteWith("").bytes("content/notices/2022/a/草稿.docx", ContactsAndAttachmentsSiteTest.zipBytes());

        List<Problem> problems = site.problems();

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/notices/2022/a/草稿.docx");
            assertThat(p.message()).contains("不会发布");
            assertThat(p.hint()).contains("file: 草稿.docx");
        });
    }

    @Test
    void anInvalidEmailOfAnInlineContactIsNamed() {
        SmallSite site = siteWith("""
                contacts:
                  - name: 张晓鸽
                    email: zhang＠example.gov.cn
                """);

        Problem problem = only(site.problems(), "contacts[1].email");

        assertThat(problem.file()).isEqualTo(DOC);
        assertThat(problem.line()).isEqualTo(site.lineOf(DOC, "email:"));
        assertThat(problem.hint()).isEqualTo("写成 zhang@example.gov.cn");
    }

    @Test
    void aPhoneWithoutAreaCodeIsNamed() {
        SmallSite site = siteWith("""
                contacts:
                  - name: 张晓鸽
                    phone: "2333259"
                """);

        Problem problem = only(site.problems(), "contacts[1].phone");

        assertThat(problem.line()).isEqualTo(site.lineOf(DOC, "phone:"));
        assertThat(problem.message()).contains("缺少区号");
    }

    @Test
    void aBadMobileInTheSharedContactsFileIsNamedThere() {
        SmallSite site = siteWith("").text("data/contacts.yaml", """
                xu-min:
                  name: 徐敏
                  mobile: "1383591851"
                """);

        Problem problem = only(site.problems(), "xu-min.mobile");

        assertThat(problem.file()).isEqualTo("data/contacts.yaml");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void anUnknownContactRefIsNamedWithTheNearestId() {
        SmallSite site = siteWith("""
                contacts:
                  - ref: big-kjj-wnag
                """);

        Problem problem = only(site.problems(), "contacts[1].ref");

        assertThat(problem.hint()).contains("big-kjj-wang");
    }

    @Test
    void anAgencyWebsiteThatIsNotAnAddressIsNamed() {
        SmallSite site = siteWith("").text("data/agencies.yaml", SmallSite.AGENCIES_YAML.replace(
                "website: https://kjj.example.gov.cn", "website: kjj.example.gov.cn"));

        Problem problem = only(site.problems(), "big-kjj.website");

        assertThat(problem.file()).isEqualTo("data/agencies.yaml");
        assertThat(problem.line()).isEqualTo(site.lineOf("data/agencies.yaml", "website:"));
    }

    @Test
    void aTableAttachmentWithoutItsTableIsNamed() {
        SmallSite site = siteWith("""
                attachments:
                  - title: 开展情况统计表
                    table: true
                """);

        assertThat(site.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("attachments");
            assertThat(p.message()).contains("找不到标题含有这一名称");
        });
    }
}
