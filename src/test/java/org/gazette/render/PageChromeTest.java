package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page shell's shared parts are rendered once per build and variant, and written exactly as
 * rendering them again would write them.
 */
class PageChromeTest {

    @TempDir
    Path site;

    private GazetteTemplateEngine engine;

    /** Counts how often a template asks it, so a test can see whether a block ran. */
    public static final class Counter {
        private int calls;

        public int next() {
            return ++calls;
        }

        int calls() {
            return calls;
        }
    }

    @BeforeEach
    void templates() throws Exception {
        Files.createDirectories(site.resolve("templates"));
        write("shell.ftlh", """
                <p>${title}</p>
                <@chrome variant=[section, here]><nav>${name} ${counter.next()}<#if here> (${section})</#if></nav></@chrome>
                <@chrome><footer>${name} &amp; ${counter.next()}</footer></@chrome>
                """);
        engine = new GazetteTemplateEngine(JBakeSetup.configuration(site, Map.of(), Map.of(), site.resolve("out")), null);
    }

    @Test
    void aBlockOfOneVariantIsRenderedOnceInABuildAndWrittenAsItWasRendered() throws Exception {
        PageChrome build = PageChrome.perBuild();
        Counter counter = new Counter();

        String first = render(build, counter, "甲", "notices/", false);
        String second = render(build, counter, "乙", "notices/", false);

        assertThat(first).isEqualTo("<p>甲</p>\n<nav>站点 1</nav>\n<footer>站点 &amp; 2</footer>\n");
        assertThat(second).isEqualTo("<p>乙</p>\n<nav>站点 1</nav>\n<footer>站点 &amp; 2</footer>\n");
        assertThat(counter.calls()).isEqualTo(2);
    }

    @Test
    void eachVariantIsRenderedOnItsOwn() throws Exception {
        PageChrome build = PageChrome.perBuild();
        Counter counter = new Counter();

        render(build, counter, "甲", "notices/", false);
        String section = render(build, counter, "乙", "plans/", false);
        String here = render(build, counter, "丙", "plans/", true);
        String again = render(build, counter, "丁", "plans/", true);

        assertThat(section).contains("<nav>站点 3</nav>");
        assertThat(here).contains("<nav>站点 4 (plans/)</nav>");
        assertThat(again).isEqualTo(here.replace("丙", "丁"));
        assertThat(counter.calls()).as("two variants more of the navigation; the footer once").isEqualTo(4);
    }

    @Test
    void aNewBuildRendersItsBlocksAgain() throws Exception {
        Counter counter = new Counter();
        render(PageChrome.perBuild(), counter, "甲", "notices/", false);

        Map<String, Object> data = data(counter, "甲", "notices/", false);
        data.put("name", "新站名");
        data.put(PageChrome.NAME, PageChrome.perBuild());

        assertThat(render(data)).contains("<nav>新站名 3</nav>\n<footer>新站名 &amp; 4</footer>\n");
    }

    @Test
    void withoutABuildsDirectiveEveryBlockIsRenderedEveryTime() throws Exception {
        Counter counter = new Counter();
        Map<String, Object> data = data(counter, "甲", "notices/", false);

        render(data);
        String second = render(data);

        assertThat(second).isEqualTo("<p>甲</p>\n<nav>站点 3</nav>\n<footer>站点 &amp; 4</footer>\n");
    }

    @Test
    void variantsThatWouldReadAlikeAsTextAreToldApart() throws Exception {
        write("parts.ftlh", "<@chrome variant=parts>${label}</@chrome>");
        PageChrome build = PageChrome.perBuild();
        List<Object> variants = List.of(List.of("a;s1:b"), List.of("a", "b"), List.of("true"), List.of(true),
                List.of("1"), List.of(1), "a", List.of());
        StringBuilder written = new StringBuilder();
        IntStream.range(0, variants.size()).forEach(i -> {
            Map<String, Object> data = new HashMap<>(Map.of("parts", variants.get(i), "label", "[" + i + "]"));
            data.put(PageChrome.NAME, build);
            written.append(render("parts.ftlh", data));
        });

        assertThat(written).hasToString("[0][1][2][3][4][5][6][7]");
    }

    @Test
    void aVariantThatCannotBeToldApartIsATemplateMistake() throws Exception {
        write("hash.ftlh", "<@chrome variant={\"a\": 1}>x</@chrome>");
        Map<String, Object> data = new HashMap<>();
        data.put(PageChrome.NAME, PageChrome.perBuild());

        assertThatThrownBy(() -> engine.render("hash.ftlh", data, new StringWriter()))
                .hasMessageContaining("@chrome's variant must be a string, number or boolean, or a sequence of them");
    }

    @Test
    void aMistypedParameterIsATemplateMistake() throws Exception {
        write("typo.ftlh", "<@chrome varaint=\"a\">x</@chrome>");

        assertThatThrownBy(() -> engine.render("typo.ftlh", new HashMap<>(), new StringWriter()))
                .hasMessageContaining("@chrome takes only \"variant\", not \"varaint\"");
    }

    private String render(PageChrome build, Counter counter, String title, String section, boolean here) throws Exception {
        Map<String, Object> data = data(counter, title, section, here);
        data.put(PageChrome.NAME, build);
        return render(data);
    }

    private Map<String, Object> data(Counter counter, String title, String section, boolean here) {
        Map<String, Object> data = new HashMap<>();
        data.put("counter", counter);
        data.put("title", title);
        data.put("section", section);
        data.put("here", here);
        data.put("name", "站点");
        return data;
    }

    private String render(Map<String, Object> data) throws Exception {
        StringWriter out = new StringWriter();
        engine.render("shell.ftlh", data, out);
        return out.toString();
    }

    private String render(String template, Map<String, Object> data) {
        try {
            StringWriter out = new StringWriter();
            engine.render(template, data, out);
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(site.resolve("templates").resolve(name), text);
    }
}
