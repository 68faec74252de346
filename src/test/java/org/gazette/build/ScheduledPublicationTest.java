package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.testing.TestSite;
import org.gazette.validation.BuildFailedException;
import org.gazette.validation.Problem;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * 定时发布: a document dated after the build day is published nowhere (no page, file, list, feed,
 * sitemap, calendar, agency or campaign page, year, topic or series archive, directory or index) until a build on or after its day,
 * and then everywhere. Checked by walking every file the build wrote.
 */
@ExtendWith(TestSiteExtension.class)
class ScheduledPublicationTest {

    static final LocalDate DAY = LocalDate.of(2022, 6, 1);
    static final String LATER = "content/notices/later/index.md";

    /** Strings only the scheduled notice brings into the site: its address, activity, contact, file, body text and topic. */
    static final List<String> TRACES = List.of("notices/later/", "定时发布的通知", "定时开放日", "定时报送", "赵定时",
            "later-form.docx", "定时正文", "定时主题");

    private static TestSite siteWithScheduledNotice(TestSite site) throws IOException {
        site.write("content/notices/now.md", TestSite.NOTICE);
        site.write(LATER, """
                ---
                title: 定时发布的通知
                date: 2022-06-01
                agencies: [kjj, kx]
                campaign: sci-week-2022
                topics: [定时主题]
                summary: 这篇通知定于六月一日发布。
                schedule:
                  - title: 定时开放日
                    start: 2022-06-05 09:00
                    location: 县科技馆
                deadlines:
                  - title: 定时报送
                    due: 2022-06-20
                contacts:
                  - name: 赵定时
                    org: 某县科学技术局
                    phone: 0955-8812006
                attachments:
                  - title: 附件：报名表
                    file: later-form.docx
                ---
                请各单位按时报名（定时正文）。
                """);
        site.write("content/notices/later/later-form.docx", TestSite.OFFICE_FILE);
        return site;
    }

    @Test
    void aDocumentDatedAfterTheBuildDayAppearsNowhere(TestSite site, @TempDir Path out) throws Exception {
        siteWithScheduledNotice(site);

        BuildResult result = site.build(out, DAY.minusDays(1));

        assertThat(filesContainingAnyTrace(out)).isEmpty();
        assertThat(out.resolve("notices/later")).doesNotExist();
        assertThat(out.resolve("notices/now/index.html")).exists();
        assertThat(result.documents()).isEqualTo(1);
        assertThat(result.files()).isZero();
        assertThat(result.scheduled()).containsExactly(new BuildResult.Scheduled(LATER, DAY));
        assertThat(result.day()).isEqualTo(DAY.minusDays(1));
    }

    @Test
    void onItsDayTheDocumentIsEverywhere(TestSite site, @TempDir Path out) throws Exception {
        siteWithScheduledNotice(site);

        BuildResult result = site.build(out, DAY);

        assertThat(result.scheduled()).isEmpty();
        assertThat(result.files()).isEqualTo(1);
        assertThat(filesContainingAnyTrace(out)).contains(
                "index.html", "notices/index.html", "feed.xml", "sitemap.xml",
                "notices/later/index.html", "notices/later/calendar.ics",
                "calendar/index.html", "calendar/calendar.ics", "calendar/campaigns/sci-week-2022/index.html",
                "calendar/agencies/kjj/calendar.ics", "agencies/kjj/index.html", "agencies/kx/index.html",
                "contacts/index.html", "attachments/index.html", "feed.json", "feeds/agencies/kjj.xml",
                "feeds/agencies/kx.json", "feeds/campaigns/sci-week-2022.xml", "feeds/campaigns/sci-week-2022.json",
                "notices/2022/index.html", "topics/index.html", "campaigns/sci-week/index.html");
        assertThat(out.resolve("notices/later/later-form.docx")).exists();
    }

    @Test
    void aBuildAfterItsDayPublishesItToo(TestSite site, @TempDir Path out) throws Exception {
        siteWithScheduledNotice(site);

        BuildResult result = site.build(out, DAY.plusDays(40));

        assertThat(result.documents()).isEqualTo(2);
        assertThat(out.resolve("notices/later/index.html")).exists();
    }

    @Test
    void heldBackDocumentsAreListedEarliestFirst(TestSite site, @TempDir Path out) throws Exception {
        siteWithScheduledNotice(site);
        site.write("content/notices/first.md", TestSite.NOTICE.replace("2022-05-24", "2022-05-30"));
        site.write("content/notices/draft-later.md", TestSite.NOTICE.replace("2022-05-24", "2022-05-29")
                .replace("agencies: [kjj]", "agencies: [kjj]\nstatus: draft"));

        BuildResult result = site.build(out, LocalDate.of(2022, 5, 24));

        assertThat(result.scheduled()).containsExactly(
                new BuildResult.Scheduled("content/notices/first.md", LocalDate.of(2022, 5, 30)),
                new BuildResult.Scheduled(LATER, DAY));
        assertThat(result.drafts()).as("a scheduled draft is a draft first").containsExactly("content/notices/draft-later.md");
    }

    @Test
    void aScheduledDocumentIsCheckedInFullBeforeItsDay(TestSite site, @TempDir Path out) throws Exception {
        siteWithScheduledNotice(site);
        site.write("content/notices/later/旧版本.docx", TestSite.OFFICE_FILE);
        site.write("content/notices/broken.md", """
                ---
                title: 定时但链接写错
                date: 2022-07-01
                agencies: [kjj]
                ---
                见[附件](不存在.pdf)。
                """);

        assertThatThrownBy(() -> site.build(out, LocalDate.of(2022, 5, 1)))
                .isInstanceOfSatisfying(BuildFailedException.class, failed -> assertThat(failed.problems())
                        .extracting(Problem::file)
                        .containsExactlyInAnyOrder("content/notices/later/旧版本.docx", "content/notices/broken.md"));
    }

    /** The site-relative paths of the files whose bytes contain any of {@link #TRACES}. */
    static List<String> filesContainingAnyTrace(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n ", "");
                if (TRACES.stream().anyMatch(text::contains)) {
                    found.add(root.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return found;
    }
}
