package org.gazette.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gazette.content.Document;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A family's declared inputs say which edits of a published document reach its files. */
class InputsTest {

    /** Like the calendars: whole documents, but only those with activities. */
    static final Inputs CALENDARS = Inputs.wholeDocuments().showing(d -> !d.schedule().isEmpty());
    /** Like the XML sitemap: every document's address and date. */
    static final Inputs SITEMAP = Inputs.documents(DocumentFact.PLACE, DocumentFact.DATE);

    @TempDir
    Path folder;
    TestSite site;

    @BeforeEach
    void aSite() throws Exception {
        site = TestSite.in(folder);
    }

    @Test
    void aTitleEditReachesAFamilyShowingTheDocumentButNotOneThatReadsNoTitles() throws Exception {
        Document before = notice("title: 通知", "");
        Document after = notice("title: 改过的通知", "");

        assertThat(Inputs.wholeDocuments().reaches(DocumentChange.of(before, after))).isTrue();
        assertThat(SITEMAP.reaches(DocumentChange.of(before, after))).isFalse();
    }

    @Test
    void aFamilyShowingOnlySomeDocumentsIsReachedWhenOneIsShownBeforeOrAfterTheEdit() throws Exception {
        Document plain = notice("title: 通知", "");
        Document renamed = notice("title: 改过的通知", "");
        Document withActivity = notice("title: 通知", """
                schedule:
                  - title: 讲座
                    start: 2022-06-01 09:00
                """);

        assertThat(CALENDARS.reaches(DocumentChange.of(plain, renamed))).isFalse();
        assertThat(CALENDARS.reaches(DocumentChange.of(plain, withActivity))).isTrue();
        assertThat(CALENDARS.reaches(DocumentChange.of(withActivity, plain))).isTrue();
    }

    @Test
    void aDocumentThatComesOrGoesReachesEveryFamilyShowingItAndABodyEditNone() throws Exception {
        Document notice = notice("title: 通知", "");

        assertThat(SITEMAP.reaches(DocumentChange.of(null, notice))).isTrue();
        assertThat(SITEMAP.reaches(DocumentChange.of(notice, null))).isTrue();
        assertThat(Inputs.wholeDocuments().reaches(DocumentChange.of(notice, notice("title: 通知", "")))).isFalse();
        assertThat(Inputs.none().data("site.yaml").reaches(DocumentChange.of(null, notice))).isFalse();
    }

    private Document notice(String title, String more) throws Exception {
        site.write("content/notices/a.md", "---\n" + title + "\ndate: 2022-05-24\nagencies: [kjj]\n" + more + "---\n\n正文。\n");
        return site.read("content/notices/a.md").document();
    }
}
