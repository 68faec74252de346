package org.gazette.render;

import freemarker.template.TemplateModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The components of one record class that templates read as properties, with a method handle for
 * each, worked out once per class instead of looked up through FreeMarker's introspection on every
 * read.
 *
 * <p>Only components FreeMarker itself reads through their accessor are listed: the class and the
 * accessor must be public, and no JavaBeans getter ({@code getX()}, {@code isX()}) may take the
 * component's name, since FreeMarker's bean properties win over record components. Anything not
 * listed is left to FreeMarker's own introspection.
 */
final class RecordAccessors {

    /** For what is not a public record, a record that is a template model, or one with no component read here. */
    static final RecordAccessors NONE = new RecordAccessors(Map.of());

    private static final ClassValue<RecordAccessors> OF_CLASS = new ClassValue<>() {
        @Override
        protected RecordAccessors computeValue(Class<?> type) {
            return inspect(type);
        }
    };

    /**
     * The last classes asked for, by their name's hash: {@link ClassValue#get} took 2 % of a build's
     * CPU here (docs/performance.md). Slots are replaced whole, so a thread sees either a slot's old
     * class or its new one, and checks which.
     */
    private static final Cached[] RECENT = new Cached[128];

    private record Cached(Class<?> type, RecordAccessors accessors) {
    }

    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    private final Map<String, Component> components;

    private RecordAccessors(Map<String, Component> components) {
        this.components = components;
    }

    /** The readable components of {@code type}, or {@link #NONE}. */
    static RecordAccessors of(Class<?> type) {
        int slot = type.getName().hashCode() & (RECENT.length - 1);
        Cached cached = RECENT[slot];
        if (cached != null && cached.type == type) {
            return cached.accessors;
        }
        RecordAccessors accessors = OF_CLASS.get(type);
        RECENT[slot] = new Cached(type, accessors);
        return accessors;
    }

    boolean isNone() {
        return components.isEmpty();
    }

    int size() {
        return components.size();
    }

    /** The component called {@code name}, or null when templates should ask FreeMarker. */
    Component component(String name) {
        return components.get(name);
    }

    /** One component: its position (for a model's cache of wrapped values) and how to read it. */
    record Component(int index, MethodHandle accessor) {

        Object read(Object record) throws Throwable {
            return accessor.invokeExact(record);
        }
    }

    private static RecordAccessors inspect(Class<?> type) {
        if (!type.isRecord() || !Modifier.isPublic(type.getModifiers()) || TemplateModel.class.isAssignableFrom(type)) {
            return NONE;
        }
        Map<String, Component> components = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            if (!Modifier.isPublic(accessor.getModifiers()) || hasBeanGetter(type, component.getName())) {
                continue;
            }
            try {
                MethodHandle handle = lookup.unreflect(accessor).asType(READ);
                components.put(component.getName(), new Component(components.size(), handle));
            } catch (IllegalAccessException notPublicEnough) {
                // Left to FreeMarker, which has its own rules for such classes.
            }
        }
        return components.isEmpty() ? NONE : new RecordAccessors(Map.copyOf(components));
    }

    private static boolean hasBeanGetter(Class<?> type, String name) {
        String capitalised = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0
                    && (method.getName().equals("get" + capitalised) || method.getName().equals("is" + capitalised))) {
                return true;
            }
        }
        return false;
    }
}
