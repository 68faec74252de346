package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.gazette.markup.SafeHtml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Templates see a record through Gazette's wrapper exactly as through FreeMarker's own: every
 * expression below prints the same with both, while component reads skip FreeMarker's introspection.
 */
class GazetteObjectWrapperTest {

    static final Version VERSION = Configuration.VERSION_2_3_34;

    /** A view record as the page models have them: text, a list, markup, an optional value, helpers. */
    public record Notice(String title, List<String> tags, SafeHtml body, String summary, boolean urgent) {

        public String heading() {
            return "《" + title + "》";
        }

        public String tagged(String separator) {
            return String.join(separator, tags);
        }
    }

    /** A record whose JavaBeans getter takes a component's name: FreeMarker reads the getter. */
    public record Renamed(String name) {

        public String getName() {
            return "getter:" + name;
        }
    }

    /** Not public: FreeMarker does not show its components, and Gazette's wrapper leaves it to FreeMarker. */
    record Hidden(String name) {
    }

    /** A record that fails when read: the template's error names the component. */
    public record Broken(String name) {

        @Override
        public String name() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    static final Notice NOTICE = new Notice("关于开展<科技周>的通知", List.of("科普", "活动"),
            new SafeHtml("<p>正文</p>"), null, true);

    @ParameterizedTest
    @ValueSource(strings = {
            "${n.title}",
            "${n.title()}",
            "${n.heading}|${n.heading()}",
            "${n.tagged('、')}",
            "<#list n.tags as t>${t};</#list>",
            "${n.tags?size}",
            "${n.body}",
            "${n.summary!'无'}|${(n.summary??)?c}|${n.title?has_content?c}",
            "${n.urgent?c}|<#if n.urgent>急</#if>",
            "${n?is_hash?c}|${n?is_string?c}|${n?is_method?c}",
            "<#list n?keys?sort as k>${k} </#list>",
            "${n}",
            "${r.name}|${r.name()}",
            "${(h.name)!'不可见'}|${h}",
    })
    void printsWhatFreeMarkersOwnWrapperPrints(String template) throws Exception {
        Map<String, Object> data = Map.of("n", NOTICE, "r", new Renamed("甲"), "h", new Hidden("乙"));

        String expected = render(template, data, freeMarkersWrapper());
        String actual = render(template, data, new GazetteObjectWrapper(VERSION));

        assertThat(actual).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void escapesTextAndPrintsSafeHtmlAsMarkup() throws Exception {
        String page = render("<h1>${n.title}</h1>${n.body}", Map.of("n", NOTICE), new GazetteObjectWrapper(VERSION));

        assertThat(page).isEqualTo("<h1>关于开展&lt;科技周&gt;的通知</h1><p>正文</p>");
    }

    @Test
    void readsPublicRecordsWithItsOwnModelAndLeavesOtherRecordsToFreeMarker() throws Exception {
        GazetteObjectWrapper wrapper = new GazetteObjectWrapper(VERSION);

        assertThat(wrapper.wrap(NOTICE)).isInstanceOf(RecordModel.class);
        assertThat(wrapper.wrap(new Hidden("乙"))).isNotInstanceOf(RecordModel.class);
        assertThat(RecordAccessors.of(Renamed.class).isNone()).isTrue();
        assertThat(RecordAccessors.of(String.class).isNone()).isTrue();
    }

    @Test
    void aComponentThatFailsNamesItselfInTheError() {
        assertThatThrownBy(() -> render("${b.name}", Map.of("b", new Broken("丙")), new GazetteObjectWrapper(VERSION)))
                .hasStackTraceContaining("Broken.name()")
                .hasStackTraceContaining("broken on purpose");
    }

    /** FreeMarker's default wrapper with the one rule Gazette had before: SafeHtml as markup. */
    private static ObjectWrapper freeMarkersWrapper() {
        return new DefaultObjectWrapper(new DefaultObjectWrapperBuilder(VERSION), true) {
            @Override
            protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
                if (obj instanceof SafeHtml html) {
                    return HTMLOutputFormat.INSTANCE.fromMarkup(html.html());
                }
                return super.handleUnknownType(obj);
            }
        };
    }

    private static String render(String template, Map<String, Object> data, ObjectWrapper wrapper)
            throws Exception {
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("t.ftlh", template);
        Configuration cfg = new Configuration(VERSION);
        cfg.setTemplateLoader(loader);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setBooleanFormat("c");
        cfg.setObjectWrapper(wrapper);
        StringWriter out = new StringWriter();
        cfg.getTemplate("t.ftlh").process(data, out);
        return out.toString();
    }
}
