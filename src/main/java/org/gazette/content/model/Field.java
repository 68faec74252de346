package org.gazette.content.model;

import java.util.List;
import java.util.Objects;

/**
 * One field of the contract.
 *
 * @param name        the key editors write, e.g. {@code doc_number}
 * @param kind        what kind of value it holds
 * @param need        whether it must be written
 * @param description what it means, in Chinese, for schema tooltips and the {@code new} template
 * @param example     a value as an editor would write it after {@code name: }, or null
 * @param choices     the allowed words of a {@link Kind#CHOICE} field, else empty
 * @param items       the shapes one item of an {@link Kind#ITEMS} list may take (usually one), else empty
 */
public record Field(String name, Kind kind, Need need, String description, String example, List<String> choices,
                    List<Shape> items) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        items = List.copyOf(items);
        if ((kind == Kind.CHOICE) == choices.isEmpty() || (kind == Kind.ITEMS || kind == Kind.MAPPING) == items.isEmpty()) {
            throw new IllegalArgumentException("field " + name + ": choices go with CHOICE, items with ITEMS");
        }
    }

    /** A field whose value is one or more scalars. */
    public static Field of(String name, Kind kind, Need need, String description, String example) {
        return new Field(name, kind, need, description, example, List.of(), List.of());
    }

    /** A field whose value is one of {@code choices}. */
    public static Field choice(String name, String description, String example, String... choices) {
        return new Field(name, Kind.CHOICE, Need.OPTIONAL, description, example, List.of(choices), List.of());
    }

    /** A list of items of one of the given shapes. */
    public static Field items(String name, Need need, String description, Shape... shapes) {
        return new Field(name, Kind.ITEMS, need, description, null, List.of(), List.of(shapes));
    }

    /** One mapping of the given shape. */
    public static Field mapping(String name, Need need, String description, Shape shape) {
        return new Field(name, Kind.MAPPING, need, description, null, List.of(), List.of(shape));
    }

    /** Whether the field must be written in a document of the given kind ({@code page} or not). */
    public boolean requiredIn(boolean page) {
        return need == Need.REQUIRED || need == Need.REQUIRED_IN_DOCUMENTS && !page;
    }
}
