package org.gazette.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document facts cover the whole front matter: a change to any part of a {@link Document} is
 * a change of some fact, so a rebuild asking which families read the changed facts never misses one.
 */
class DocumentFactTest {

    @TempDir
    Path folder;

    @Test
    void aChangeOfAnyPartOfADocumentIsAChangeOfAFact() throws Exception {
        Document document = aNotice();
        RecordComponent[] parts = Document.class.getRecordComponents();
        Constructor<Document> canonical = Document.class.getDeclaredConstructor(
                java.util.Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
        for (int i = 0; i < parts.length; i++) {
            Object[] values = new Object[parts.length];
            for (int j = 0; j < parts.length; j++) {
                values[j] = parts[j].getAccessor().invoke(document);
            }
            values[i] = other(parts[i].getType(), values[i]);
            Document changed = canonical.newInstance(values);

            assertThat(DocumentFact.changed(document, changed)).as("a change of %s", parts[i].getName()).isNotEmpty();
        }
    }

    @Test
    void anUnchangedDocumentChangesNoFactAndAMissingOneChangesThemAll() throws Exception {
        Document document = aNotice();

        assertThat(DocumentFact.changed(document, aNotice())).isEmpty();
        assertThat(DocumentFact.changed(null, document)).isEqualTo(EnumSet.allOf(DocumentFact.class));
    }

    private Document aNotice() throws Exception {
        TestSite site = TestSite.in(folder);
        site.write("content/notices/2022/a/index.md", TestSite.NOTICE);
        return site.read("content/notices/2022/a/index.md").document();
    }

    /** A value of {@code type} unlike {@code value}. */
    private static Object other(Class<?> type, Object value) {
        if (type == boolean.class) {
            return !(Boolean) value;
        }
        if (type == int.class) {
            return (Integer) value + 1;
        }
        if (type == String.class) {
            return value + "改";
        }
        if (type == LocalDate.class) {
            return value == null ? LocalDate.of(2000, 1, 1) : ((LocalDate) value).plusDays(1);
        }
        if (type == Path.class) {
            return value == null ? Path.of("其他") : ((Path) value).resolve("其他");
        }
        if (type == List.class) {
            // Erased: any element makes the list differ, whatever it holds.
            List<Object> list = new ArrayList<>((List<?>) value);
            list.add("另一项");
            return list;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[0].equals(value) ? constants[1] : constants[0];
        }
        throw new AssertionError("no other value of " + type + " known: teach this test one");
    }
}
