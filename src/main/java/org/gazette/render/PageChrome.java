package org.gazette.render;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code <@chrome variant=…>…</@chrome>} directive: the part of the page shell that is the same
 * on many pages (head links, header, navigation, footer) is rendered once per build for each variant
 * and then written as it was rendered.
 *
 * <p>The markup stays in the templates; this only remembers what a block wrote, per place in the
 * templates and per value of {@code variant} (a string, number, boolean, or a sequence of them),
 * which must name everything in the block that differs from page to page. Site-wide data
 * ({@code site}, {@code urls}) does not vary within a build, and a build gets a new instance
 * ({@link #perBuild}), so a changed {@code data/site.yaml} or template is never served from an older
 * build's memory. Without a per-build instance in the data model (a template rendered alone, as the
 * component tests do), the one {@link GazetteTemplateEngine} shares, {@link #uncached}, renders the
 * block every time. A block must not assign variables that the page reads after it: a remembered
 * block is not run again.
 */
public final class PageChrome implements TemplateDirectiveModel {

    /** The template variable the directive is called by, in the data model and as a shared variable. */
    public static final String NAME = "chrome";

    private static final String VARIANT = "variant";

    /** Per block (its call place, one object per parsed template), the markup of each variant. */
    private final Map<DirectiveCallPlace, Map<String, String>> rendered;

    private PageChrome(boolean remembers) {
        this.rendered = remembers ? new ConcurrentHashMap<>() : null;
    }

    /** A directive that remembers each block's markup for one build; safe for the build's parallel pages. */
    public static PageChrome perBuild() {
        return new PageChrome(true);
    }

    /** A directive that renders its block every time, for templates rendered outside a build. */
    static PageChrome uncached() {
        return new PageChrome(false);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        for (Object name : params.keySet()) {
            if (!VARIANT.equals(name)) {
                throw new TemplateModelException("@" + NAME + " takes only \"" + VARIANT + "\", not \"" + name + "\"");
            }
        }
        if (loopVars.length > 0) {
            throw new TemplateModelException("@" + NAME + " has no loop variables");
        }
        if (body == null) {
            return;
        }
        DirectiveCallPlace place = env.getCurrentDirectiveCallPlace();
        if (rendered == null || place == null) {
            body.render(env.getOut());
            return;
        }
        String variant = key((TemplateModel) params.get(VARIANT));
        Map<String, String> block = rendered.computeIfAbsent(place, any -> new ConcurrentHashMap<>());
        String markup = block.get(variant);
        if (markup == null) {
            // Rendered outside the map's lock: two pages of one variant at once both render it, alike.
            StringWriter out = new StringWriter(4096);
            body.render(out);
            markup = out.toString();
            block.putIfAbsent(variant, markup);
        }
        env.getOut().write(markup);
    }

    /**
     * The variant as text: each part tagged with its kind, so that {@code "true"} and {@code true}
     * differ, and a string with its length, so that no two sequences make the same text.
     */
    private static String key(TemplateModel variant) throws TemplateModelException {
        if (variant == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        if (variant instanceof TemplateSequenceModel parts && !(variant instanceof TemplateScalarModel)) {
            for (int i = 0, n = parts.size(); i < n; i++) {
                part(parts.get(i), key);
            }
        } else {
            part(variant, key);
        }
        return key.toString();
    }

    private static void part(TemplateModel value, StringBuilder key) throws TemplateModelException {
        if (value instanceof TemplateScalarModel text) {
            String string = text.getAsString();
            key.append('s').append(string.length()).append(':').append(string);
        } else if (value instanceof TemplateBooleanModel flag) {
            key.append(flag.getAsBoolean() ? "T" : "F");
        } else if (value instanceof TemplateNumberModel number) {
            key.append('n').append(number.getAsNumber());
        } else if (value == null) {
            key.append('-');
        } else {
            throw new TemplateModelException("@" + NAME + "'s " + VARIANT
                    + " must be a string, number or boolean, or a sequence of them; a "
                    + value.getClass().getSimpleName() + " cannot be told apart from another");
        }
        key.append(';');
    }
}
