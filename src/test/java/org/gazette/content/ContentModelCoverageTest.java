package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.gazette.content.model.ContentModel;
import org.gazette.content.model.DataFile;
import org.gazette.content.model.Field;
import org.gazette.content.model.Kind;
import org.gazette.content.model.Shape;
import org.junit.jupiter.api.Test;

/**
 * {@link ContentModelPropertyTest} tries every field the content model declares, so a field added
 * to {@link ContentModel} is tested with every kind of YAML value from the day it is added.
 */
class ContentModelCoverageTest {

    @Test
    void thePropertyTestTriesEveryFrontMatterField() {
        Set<String> tried = new TreeSet<>();
        for (String[] field : ContentModelPropertyTest.FRONT_MATTER) {
            tried.add(field[0].replaceAll("\\[\\d+]", ""));
        }

        assertThat(tried).containsAll(paths("", ContentModel.DOCUMENT));
    }

    @Test
    void thePropertyTestTriesEveryDataField() {
        Set<String> tried = new TreeSet<>();
        for (String[] field : ContentModelPropertyTest.DATA) {
            tried.add(field[0] + ":" + field[2]);
        }

        for (DataFile file : ContentModel.DATA_FILES) {
            for (Field field : file.entry().fields()) {
                assertThat(tried).contains(file.name() + ":" + field.name());
            }
        }
    }

    /** Every field path of a shape, nested items included, e.g. {@code schedule.title}. */
    private static Set<String> paths(String prefix, Shape shape) {
        Set<String> paths = new TreeSet<>();
        for (Field field : shape.fields()) {
            paths.add(prefix + field.name());
            if (field.kind() == Kind.ITEMS) {
                field.items().forEach(item -> paths.addAll(paths(prefix + field.name() + ".", item)));
            }
        }
        return paths;
    }
}
