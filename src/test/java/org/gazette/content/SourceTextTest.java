package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors' files are strict UTF-8, with or without a byte order mark, with any line endings. */
class SourceTextTest {

    @Test
    void removesAByteOrderMark() throws Exception {
        assertThat(SourceText.decode("\uFEFF标题".getBytes(StandardCharsets.UTF_8))).isEqualTo("标题");
    }

    @Test
    void turnsWindowsAndOldMacLineEndingsIntoLineFeeds() throws Exception {
        assertThat(SourceText.decode("一\r\n二\r三\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("一\n二\n三\n");
    }

    @Test
    void refusesGbkAndSaysOnWhichLine() {
        byte[] gbk = "title: 关于开展科技活动周的通知\ndate: 2022-05-24\n".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> SourceText.decode(gbk)).isInstanceOfSatisfying(SourceText.NotUtf8Exception.class,
                e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void findsTheLineOfTheFirstBadByte() {
        byte[] gbk = "---\ntitle: a\n正文".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> SourceText.decode(gbk)).isInstanceOfSatisfying(SourceText.NotUtf8Exception.class,
                e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void readsAFileAsItDecodesItsBytes(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("通知.md");
        Files.write(file, "\uFEFF---\r\ntitle: 通知\uFFFD\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(SourceText.read(file)).isEqualTo("---\ntitle: 通知\uFFFD\n");
    }

    @Test
    void refusesAGbkFileAndSaysOnWhichLine(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("通知.md");
        Files.write(file, "---\ntitle: a\n正文".getBytes(Charset.forName("GBK")));

        assertThatThrownBy(() -> SourceText.read(file)).isInstanceOfSatisfying(SourceText.NotUtf8Exception.class,
                e -> assertThat(e.line()).isEqualTo(3));
    }
}
