package org.gazette.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * A record as templates see it: exactly what FreeMarker's own model of it shows (components as
 * properties and as methods, every other public method, {@code ?keys}, the text of
 * {@code toString}), with component reads served from {@link RecordAccessors} and each component's
 * wrapped value kept for the next read, since a record does not change.
 */
final class RecordModel extends StringModel implements MethodCallAwareTemplateHashModel {

    private final RecordAccessors accessors;
    private TemplateModel[] values;

    RecordModel(Object record, BeansWrapper wrapper, RecordAccessors accessors) {
        super(record, wrapper);
        this.accessors = accessors;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        RecordAccessors.Component component = accessors.component(key);
        if (component == null) {
            return super.get(key);
        }
        if (values == null) {
            values = new TemplateModel[accessors.size()];
        }
        TemplateModel value = values[component.index()];
        if (value == null) {
            value = wrap(read(key, component));
            values[component.index()] = value;
        }
        return value;
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key)
            throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return super.getBeforeMethodCall(key);
    }

    private Object read(String key, RecordAccessors.Component component) throws TemplateModelException {
        try {
            return component.read(object);
        } catch (RuntimeException | Error e) {
            throw new TemplateModelException("Reading " + object.getClass().getName() + "." + key + "() failed", e);
        } catch (Throwable e) {
            throw new TemplateModelException(e);
        }
    }
}
