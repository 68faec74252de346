package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.build.BuildResult;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An unfinished draft never stops the other notices from being published, and the editor still sees its problems. */
@ExtendWith(TestSiteExtension.class)
class DraftTest {

    static final String DRAFT = "content/notices/draft.md";

    @Test
    void mistakesInADraftAreWarningsAndTheSiteIsBuilt(TestSite site, @TempDir Path out) throws Exception {
        site.write("content/notices/a.md", TestSite.NOTICE);
        site.write(DRAFT, """
                ---
                title: 还没写完的通知
                status: draft
                date: 2022年5月
                agencies: [kjjj]
                ---
                """);

        BuildResult result = site.build(out.resolve("site"), LocalDate.of(2022, 5, 24));

        assertThat(result.drafts()).containsExactly(DRAFT);
        assertThat(result.warnings()).extracting(p -> p.file() + ":" + p.line() + " " + p.field())
                .containsExactly(DRAFT + ":4 date", DRAFT + ":5 agencies");
        assertThat(result.warnings()).allSatisfy(p -> assertThat(p.message()).startsWith("（草稿）"));
        assertThat(Files.exists(out.resolve("site/notices/draft"))).isFalse();
    }

    @Test
    void publishingTheDraftTurnsItsWarningsIntoErrors(TestSite site) throws IOException {
        site.write(DRAFT, """
                ---
                title: 还没写完的通知
                date: 2022年5月
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.onlyProblem().field()).isEqualTo("date");
    }
}
