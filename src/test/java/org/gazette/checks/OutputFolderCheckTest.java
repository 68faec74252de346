package org.gazette.checks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder is refused when replacing it would destroy sources, and for no other reason. */
class OutputFolderCheckTest {

    @TempDir
    Path root;

    @Test
    void anOutputInsideASourceFolderIsRefusedNamingTheFolder() {
        Path output = root.resolve("content/site");

        assertThatThrownBy(() -> OutputFolderCheck.requireSafe(root, output))
                .isInstanceOf(OutputFolderException.class)
                .hasMessage("输出目录 " + output + " 在源文件夹 content/ 里面，会覆盖源文件；请换一个输出目录（例如 target/site）");
    }

    @Test
    void anOutputHoldingTheSourcesIsRefused() {
        Path output = root.getParent();

        assertThatThrownBy(() -> OutputFolderCheck.requireSafe(root, output))
                .isInstanceOf(OutputFolderException.class)
                .hasMessage("输出目录 " + output + " 包含站点源文件，每次构建都会整体替换输出目录；请换一个输出目录（例如 target/site）");
    }

    @Test
    void anOutputThatIsAFileIsRefused() throws Exception {
        Path output = Files.writeString(root.resolve("site"), "");

        assertThatThrownBy(() -> OutputFolderCheck.requireSafe(root, output))
                .isInstanceOf(OutputFolderException.class)
                .hasMessage("输出路径 " + output + " 已存在且不是文件夹");
    }

    @Test
    void anOutputBesideTheSourcesIsAccepted() throws Exception {
        Files.createDirectories(root.resolve("target/site"));

        assertThatCode(() -> OutputFolderCheck.requireSafe(root, root.resolve("target/site"))).doesNotThrowAnyException();
        assertThatCode(() -> OutputFolderCheck.requireSafe(root, root.resolve("public"))).doesNotThrowAnyException();
    }
}
