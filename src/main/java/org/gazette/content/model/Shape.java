package org.gazette.content.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields one YAML mapping may hold, in the order editors are shown them: a document's front
 * matter, one item of {@code schedule}, one entry of {@code data/agencies.yaml}, and so on.
 *
 * @param id          a short ASCII name, used for schema definitions (e.g. {@code event})
 * @param description what such a mapping is, in Chinese
 * @param fields      its fields
 */
public record Shape(String id, String description, List<Field> fields) {

    public Shape {
        fields = List.copyOf(fields);
        Map<String, Field> seen = new LinkedHashMap<>();
        for (Field field : fields) {
            if (seen.put(field.name(), field) != null) {
                throw new IllegalArgumentException("shape " + id + " declares " + field.name() + " twice");
            }
        }
    }

    public static Shape of(String id, String description, Field... fields) {
        return new Shape(id, description, List.of(fields));
    }

    /** The names of all fields, for the readers' "unknown field" check. */
    public Set<String> names() {
        Set<String> names = new java.util.LinkedHashSet<>();
        fields.forEach(f -> names.add(f.name()));
        return names;
    }

    /** The field called {@code name}; a reader asking for an undeclared field is a programming error. */
    public Field field(String name) {
        for (Field field : fields) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        throw new IllegalArgumentException("shape " + id + " has no field " + name);
    }

    /** Whether {@code name} must be written, in a plain page or in a notice or plan. */
    public boolean required(String name, boolean page) {
        return field(name).requiredIn(page);
    }

    /** Whether {@code name} must be written wherever this shape is used. */
    public boolean required(String name) {
        return field(name).requiredIn(false);
    }
}
