package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.gazette.validation.BuildFailedException;
import org.gazette.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link to a scheduled document must not lead nowhere: it is an error when the linking document is
 * published earlier than its target, naming the target's date; two documents scheduled for the same
 * day may link to each other.
 */
@ExtendWith(TestSiteExtension.class)
class ScheduledLinksTest {

    static final LocalDate DAY = LocalDate.of(2022, 5, 24);

    private static String notice(String title, String date, String body) {
        return """
                ---
                title: %s
                date: %s
                agencies: [kjj]
                ---
                %s
                """.formatted(title, date, body);
    }

    @Test
    void aPublishedDocumentLinkingToAScheduledOneIsAnErrorNamingItsDate(TestSite site, @TempDir Path out) throws Exception {
        site.write("content/notices/now.md", notice("今天的通知", "2022-05-24", "详见[后续通知](later.md)。"));
        site.write("content/notices/later.md", notice("后续通知", "2022-06-01", "正文。"));

        assertThatThrownBy(() -> site.build(out, DAY)).isInstanceOfSatisfying(BuildFailedException.class, failed -> {
            assertThat(failed.problems()).hasSize(1);
            Problem problem = failed.problems().get(0);
            assertThat(problem.file()).isEqualTo("content/notices/now.md");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.message()).isEqualTo("链接“later.md”指向的文档定于 2022-06-01 才发布，本文档发布时这个链接会打不开");
            assertThat(problem.hint()).contains("date 也定为 2022-06-01");
        });
    }

    @Test
    void twoDocumentsScheduledForTheSameDayMayLinkToEachOther(TestSite site, @TempDir Path out) throws Exception {
        site.write("content/notices/a.md", notice("通知甲", "2022-06-01", "见[通知乙](b.md)。"));
        site.write("content/notices/b.md", notice("通知乙", "2022-06-01", "见[通知甲](a.md)。"));

        BuildResult before = site.build(out.resolve("before"), DAY);
        BuildResult onTheDay = site.build(out.resolve("on"), LocalDate.of(2022, 6, 1));

        assertThat(before.scheduled()).hasSize(2);
        assertThat(onTheDay.documents()).isEqualTo(2);
        assertThat(out.resolve("on/notices/a/index.html")).content().contains("href=\"/notices/b/\"");
    }

    @Test
    void aScheduledDocumentMayLinkToOneScheduledEarlierButNotLater(TestSite site, @TempDir Path out) throws Exception {
        site.write("content/notices/first.md", notice("先发", "2022-06-01", "见[后发](second.md)。"));
        site.write("content/notices/second.md", notice("后发", "2022-06-05", "见[先发](first.md)。"));

        assertThatThrownBy(() -> site.build(out, DAY)).isInstanceOfSatisfying(BuildFailedException.class, failed ->
                assertThat(failed.problems()).extracting(Problem::file, Problem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("content/notices/first.md",
                                "链接“second.md”指向的文档定于 2022-06-05 才发布，本文档发布时这个链接会打不开")));
    }

    @Test
    void aPreviewShowingScheduledDocumentsStillReportsTheLinkABuildWouldRefuse(TestSite site, @TempDir Path out)
            throws Exception {
        site.write("content/notices/now.md", notice("今天的通知", "2022-05-24", "详见[后续通知](later.md)。"));
        site.write("content/notices/later.md", notice("后续通知", "2022-06-01", "正文。"));

        assertThatThrownBy(() -> new SiteBuilder().build(BuildOptions.build(site.root(), out).on(DAY).including(false, true)))
                .isInstanceOf(BuildFailedException.class);
    }
}
