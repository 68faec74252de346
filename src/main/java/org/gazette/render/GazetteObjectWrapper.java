package org.gazette.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import org.gazette.markup.SafeHtml;

/**
 * FreeMarker's default object wrapper with two Gazette rules: {@link SafeHtml} is printed as HTML
 * markup without {@code ?no_esc}, and records are read through {@link RecordModel}, which templates
 * see exactly as FreeMarker's own model of a record but reads components without introspection.
 * The kinds of value templates read most (strings, records) are recognised before the default
 * wrapper's chain of type checks.
 */
final class GazetteObjectWrapper extends DefaultObjectWrapper {

    GazetteObjectWrapper(Version incompatibleImprovements) {
        super(new DefaultObjectWrapperBuilder(incompatibleImprovements), true);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String text) {
            return new SimpleScalar(text);
        }
        if (obj instanceof SafeHtml html) {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html.html());
        }
        if (obj instanceof Record) {
            RecordAccessors accessors = RecordAccessors.of(obj.getClass());
            if (!accessors.isNone()) {
                return new RecordModel(obj, this, accessors);
            }
        }
        return super.wrap(obj);
    }
}
