package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.cli.GazetteCommandTest.gazette;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.build.FaultInjection;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit status is the contract with CI: 0 success, 1 content mistakes, 2 a wrong command line,
 * 3 the environment or Gazette failed. An environment failure is never reported as content
 * mistakes, and every message is Chinese, without a stack trace.
 */
class ExitStatusTest {

    @TempDir
    Path folder;

    TestSite site;

    @BeforeEach
    void createSite() throws IOException {
        site = TestSite.in(folder.resolve("src"));
        site.write("content/notices/a.md", TestSite.NOTICE);
    }

    @Test
    void aContentMistakeExitsWithOne() throws IOException {
        site.write("content/notices/a.md", TestSite.NOTICE.replace("2022-05-24", "2022-13-01"));

        assertThat(gazette("check", "--source", site.root().toString()).status()).isEqualTo(1);
    }

    @Test
    void aContactWithABlankNameIsAContentMistakeNotACrash() throws IOException {
        site.write("data/contacts.yaml", TestSite.CONTACTS_YAML + "li:\n  name:\n  phone: \"0955-8812006\"\n");
        site.write("content/notices/a.md", TestSite.NOTICE.replace("agencies: [kjj]\n---", "agencies: [kjj]\ncontacts:\n  - ref: li\n---"));

        GazetteCommandTest.Run run = gazette("build", "--source", site.root().toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("data/contacts.yaml:6: li.name: 缺少必填字段 name —— 添加一行 name: …")
                .contains("共发现 1 处错误").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownOptionExitsWithTwo() {
        assertThat(gazette("check", "--sauce", ".").status()).isEqualTo(2);
    }

    @Test
    void aFolderInsideTheSiteIsNotTakenForTheSiteRoot() throws IOException {
        Path notices = site.path("content/notices");

        for (String command : List.of("build", "check", "serve")) {
            GazetteCommandTest.Run run = gazette(command, "--source", notices.toString());

            assertThat(run.status()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).isEqualTo(notices + " 不是站点根目录（这里没有 content/ 和 data/ 文件夹），站点根目录是 "
                    + site.root() + " —— 在 " + site.root() + " 里运行命令，或加参数 --source " + site.root() + "\n");
        }
        try (var files = Files.list(notices)) {
            assertThat(files).as("nothing written inside content/").containsExactly(notices.resolve("a.md"));
        }
    }

    @Test
    void aFullDiskExitsWithThreeInChineseAndLeavesTheOldSite() throws Exception {
        Path output = folder.resolve("www");
        assertThat(gazette("build", "--source", site.root().toString(), "--output", output.toString()).status()).isZero();
        byte[] before = Files.readAllBytes(output.resolve("index.html"));
        site.write("content/notices/b.md", TestSite.NOTICE);

        GazetteCommandTest.Run run;
        try (AutoCloseable fault = FaultInjection.install((point, path) -> {
            if (point == FaultInjection.Point.WRITE && path.startsWith(folder)) {
                throw new FileSystemException(path.toString(), null, "No space left on device");
            }
        })) {
            run = gazette("build", "--source", site.root().toString(), "--output", output.toString());
        }

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).startsWith("构建失败：无法写入 " + folder).contains("：磁盘已满（系统信息：No space left on device）")
                .contains("这不是内容的问题：清理磁盘空间").endsWith("原有网站保持不变。\n")
                .doesNotContain("处错误").doesNotContain("\tat ");
        assertThat(output.resolve("index.html")).hasBinaryContent(before);
    }

    @Test
    void anOutputPathThroughAFileExitsWithThree() throws IOException {
        site.write("plain-file", "x");

        GazetteCommandTest.Run run = gazette("build", "--source", site.root().toString(),
                "--output", site.path("plain-file/site").toString());

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).startsWith("构建失败：无法创建 " + site.path("plain-file") + "：同名的文件已存在")
                .doesNotContain("\tat ");
    }

    @Test
    void aNonEmptyOutputFolderThatGazetteDidNotMakeIsRefusedUnlessForced() throws IOException {
        Path www = folder.resolve("www");
        Files.createDirectories(www.resolve("site"));
        Files.writeString(www.resolve("index.html"), "the server's own page");

        GazetteCommandTest.Run refused = gazette("build", "--source", site.root().toString(), "--output", www.toString());

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).startsWith("构建失败：输出目录 " + www + " 里已有其他文件，而且不是 Gazette 生成的网站（没有 .gazette-site 标记文件）")
                .contains("确定要替换它，请加 --force");
        assertThat(www.resolve("index.html")).hasContent("the server's own page");

        assertThat(gazette("build", "--source", site.root().toString(), "--output", www.toString(), "--force").status())
                .isZero();
        assertThat(www.resolve(".gazette-site")).isRegularFile();
        assertThat(gazette("build", "--source", site.root().toString(), "--output", www.toString()).status())
                .as("a folder Gazette published is replaced without --force").isZero();
    }

    @Test
    void servePointedAtAFolderGazetteDidNotMakeRefusesItToo() throws IOException {
        Path www = folder.resolve("www");
        Files.createDirectories(www);
        Files.writeString(www.resolve("index.html"), "the server's own page");

        GazetteCommandTest.Run refused = gazette("serve", "--source", site.root().toString(), "--port", "0",
                "--output", www.toString());

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("输出目录 " + www + " 里已有其他文件，而且不是 Gazette 生成的网站");
        assertThat(www.resolve("index.html")).hasContent("the server's own page");
    }

    @Test
    void aSiteAnEarlierGazetteMadeBeforeTheMarkerIsReplacedWithoutForce() throws IOException {
        Path earlier = folder.resolve("earlier-site");
        assertThat(gazette("build", "--source", site.root().toString(), "--output", earlier.toString()).status()).isZero();
        Files.delete(earlier.resolve(".gazette-site"));

        assertThat(gazette("build", "--source", site.root().toString(), "--output", earlier.toString()).status())
                .as("an upgraded generator rebuilds the site its earlier version made").isZero();
        assertThat(earlier.resolve(".gazette-site")).isRegularFile();
    }

    @Test
    void anOutputFolderInsideTheSourcesIsAWrongCommandLineAndExitsWithTwo() {
        GazetteCommandTest.Run run = gazette("build", "--source", site.root().toString(),
                "--output", site.path("content/out").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("构建失败：输出目录 " + site.path("content/out") + " 在源文件夹 content/ 里面，会覆盖源文件；"
                + "请换一个输出目录（例如 target/site）\n原有网站保持不变。\n");
    }
}
