package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page is written where JBake's {@code Renderer} put it, as the UTF-8 bytes of what its template
 * renders, and a page rendered into a writer is the same text.
 */
class PageWriterTest {

    @TempDir
    Path folder;

    PageWriter writer;

    @BeforeEach
    void aSiteWithOneHtmlAndOneXmlTemplate() throws Exception {
        Path site = folder.resolve("src");
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/notice.ftlh"), "<h1>${title}</h1>\n", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("templates/feed.ftlx"), "<title>${title}</title>\n", StandardCharsets.UTF_8);
        writer = new PageWriter(site, Map.of("notice", "notice.ftlh", "feed", "feed.ftlx"), Map.of("feed", ".xml"),
                folder.resolve("out"));
    }

    @Test
    void writesThePageAsUtf8BelowTheOutputFolderCreatingItsFolders() throws Exception {
        writer.write("notice", "notices/2022/科技周/index.html", Map.of("title", "关于开展科技活动周的通知 <&>"));

        Path page = folder.resolve("out/notices/2022/科技周/index.html");
        assertThat(Files.readAllBytes(page))
                .isEqualTo("<h1>关于开展科技活动周的通知 &lt;&amp;&gt;</h1>\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givesThePageTheExtensionOfItsKindAsJBakeDoes() throws Exception {
        writer.write("feed", "feed.html", Map.of("title", "通知"));
        writer.write("notice", "about/index", Map.of("title", "关于"));

        assertThat(folder.resolve("out/feed.xml")).hasContent("<title>通知</title>");
        assertThat(folder.resolve("out/feed.html")).doesNotExist();
        assertThat(folder.resolve("out/about/index.html")).hasContent("<h1>关于</h1>");
    }

    @Test
    void rendersIntoAWriterTheTextItWouldWrite() throws Exception {
        StringWriter out = new StringWriter();
        writer.render("notice", "notices/a/index.html", Map.of("title", "通知"), out);
        writer.write("notice", "notices/a/index.html", Map.of("title", "通知"));

        assertThat(out.toString()).isEqualTo(Files.readString(folder.resolve("out/notices/a/index.html")));
    }

    @Test
    void aShorterPageAfterALongerOneHoldsOnlyItsOwnBytes() throws Exception {
        writer.write("notice", "long/index.html", Map.of("title", "长".repeat(50_000)));
        writer.write("notice", "short/index.html", Map.of("title", "短"));

        assertThat(Files.readAllBytes(folder.resolve("out/short/index.html")))
                .isEqualTo("<h1>短</h1>\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(folder.resolve("out/long/index.html"))).hasSize(50_000 + "<h1></h1>\n".length());
    }

    @Test
    void writesAPageLargerThanItsThreadsBufferWhole() throws Exception {
        String title = "大".repeat(600_000) + "<end>";
        writer.write("notice", "big/index.html", Map.of("title", title));

        assertThat(Files.readAllBytes(folder.resolve("out/big/index.html")))
                .isEqualTo(("<h1>" + "大".repeat(600_000) + "&lt;end&gt;</h1>\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesABrokenSurrogateAsStringGetBytesDoes() throws Exception {
        String title = "前\uD800后\uDC00😀";
        writer.write("notice", "odd/index.html", Map.of("title", title));

        assertThat(Files.readAllBytes(folder.resolve("out/odd/index.html")))
                .isEqualTo(("<h1>" + title + "</h1>\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesAnEarlierPageAtThePathWhole() throws Exception {
        writer.write("notice", "a/index.html", Map.of("title", "一份很长很长的旧通知标题"));
        writer.write("notice", "a/index.html", Map.of("title", "新"));

        assertThat(folder.resolve("out/a/index.html")).hasContent("<h1>新</h1>");
    }
}
