package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lists of ids written the ways editors get them wrong, and a broken data file reported once. */
@ExtendWith(TestSiteExtension.class)
class ReferenceListMistakesTest {

    static final String FILE = "content/notices/a.md";

    @Test
    void theSameAgencyTwiceIsReported(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj, kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 4, "agencies").hasMessageContaining("写了两次");
    }

    @Test
    void idsJoinedByAChineseCommaGetTheListForm(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: kjj，kx
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 4, "agencies")
                .hasMessageContaining("写在了一起").hasHintContaining("agencies: [kjj, kx]");
    }

    @Test
    void aBrokenAgenciesFileIsReportedOnceNotForEveryDocument(TestSite site) throws IOException {
        site.write("data/agencies.yaml", "kjj:\n  name: 某县科学技术局\n  phone: [0955\n");
        site.write(FILE, TestSite.NOTICE);
        site.write("content/notices/b.md", TestSite.NOTICE);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("data/agencies.yaml"));
    }
}
