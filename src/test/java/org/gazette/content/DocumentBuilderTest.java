package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document is made field by field, each named, with plain defaults for what a test or reader leaves out. */
class DocumentBuilderTest {

    private static Document.Builder notice() {
        return Document.builder().from("content/notices/a.md", Path.of("/site/content/notices/a.md"), null, "notices/a/")
                .type(DocumentType.NOTICE).title("通知").date(LocalDate.of(2026, 5, 1));
    }

    @Test
    void fieldsLeftOutAreEmptyListsNullsAValidPublishedDocumentAndTheBodyFromLineOne() {
        Document document = notice().build();

        assertThat(document.agencies()).isEmpty();
        assertThat(document.schedule()).isEmpty();
        assertThat(document.attachments()).isEmpty();
        assertThat(document.docNumber()).isNull();
        assertThat(document.validity()).isEqualTo(Validity.VALID);
        assertThat(document.draft()).isFalse();
        assertThat(document.bodyFirstLine()).isEqualTo(1);
    }

    @Test
    void theSourceFileGivesPathFileBundleAndAddress() {
        ContentFile source = new ContentFile("content/notices/b/index.md", Path.of("/site/content/notices/b/index.md"),
                Path.of("/site/content/notices/b"), "notices/b/", DocumentType.NOTICE);

        Document document = Document.builder().from(source).type(DocumentType.NOTICE).build();

        assertThat(document.sourcePath()).isEqualTo(source.sourcePath());
        assertThat(document.file()).isEqualTo(source.file());
        assertThat(document.bundle()).isEqualTo(source.bundle());
        assertThat(document.url()).isEqualTo("notices/b/");
        assertThat(document.isBundle()).isTrue();
    }

    @Test
    void aCopyEqualsItsOriginalAndChangesOnlyWhatIsSet() {
        Document original = notice().keywords(List.of("科普")).summary("摘要").bodyFirstLine(7).build();

        assertThat(new Document.Builder(original).build()).isEqualTo(original);
        Document changed = new Document.Builder(original).title("另一个通知").build();
        assertThat(changed.title()).isEqualTo("另一个通知");
        assertThat(changed).usingRecursiveComparison().ignoringFields("title").isEqualTo(original);
    }

    @Test
    void equalDocumentsHashAlikeAndAnEditedOneIsStillFoundByItsFile() {
        Document original = notice().keywords(List.of("科普")).summary("摘要").build();
        Document edited = new Document.Builder(original).title("另一个通知").build();

        assertThat(new Document.Builder(original).build()).hasSameHashCodeAs(original);
        assertThat(edited).isNotEqualTo(original).hasSameHashCodeAs(original);
        assertThat(new java.util.HashSet<>(List.of(original, edited))).hasSize(2);
    }
}
