package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.fixtures.CalendarSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site model: each activity, deadline and attachment with the facts derived from it once, which
 * every page, calendar and script reads ({@link DocumentEvents}, {@link DocumentAttachments}).
 */
class SiteModelTest {

    @TempDir
    static Path folder;

    static SiteIndex site;
    static Document dated;
    static Document undated;
    static Document attached;

    @BeforeAll
    static void read() {
        CalendarSite files = CalendarSite.in(folder);
        files.notice("dated", """
                schedule:
                  - title: 启动仪式
                    start: 2026-05-16 09:30
                  - title: 科普讲座
                    start: 2026-05-18
                deadlines:
                  - title: 报送活动方案
                    due: 2026-05-10
                    submit_to: kjj@example.cn
                  - title: 报送活动总结
                    due: 2026-06-14
                    submit_to: 县科技局403室
                """);
        files.notice("undated", "summary: 没有活动和截止时间。");
        files.write("content/notices/attached/files/附件1 名单.txt", "名单\n");
        files.write("content/notices/attached/index.md", """
                ---
                title: 带附件的通知
                date: 2026-05-01
                agencies: [kjj]
                attachments:
                  - title: 附件1 名单
                    file: files/附件1 名单.txt
                  - title: 活动统计表
                    table: true
                  - title: 科技部通知
                    url: https://www.most.gov.cn/a.html
                  - title: 经费汇总表
                    table: true
                ---

                正文。

                ## 活动统计表

                | 活动 | 场次 |
                |---|---|
                | 讲座 | 3 |

                ## 经费汇总表

                | 项目 | 金额 |
                |---|---|
                | 场地 | 100 |
                """);
        site = files.index();
        dated = document("notices/dated/");
        undated = document("notices/undated/");
        attached = document("notices/attached/");
    }

    private static Document document(String url) {
        return site.published().stream().filter(d -> d.url().equals(url)).findFirst().orElseThrow();
    }

    @Test
    void eachActivityCarriesTheIdentityItsDocumentGivesIt() {
        List<Activity> activities = site.events(dated).activities();

        assertThat(activities).extracting(Activity::identity).containsExactlyElementsOf(EventIdentity.activities(dated));
        Activity first = activities.get(0);
        assertThat(first.item().title()).isEqualTo("启动仪式");
        assertThat(first.anchor()).isEqualTo(first.identity().anchor()).startsWith("activity-");
        assertThat(first.event()).isEqualTo(first.identity().uuid().toString());
        assertThat(first.calendar()).isEqualTo("notices/dated/calendar.ics");
    }

    @Test
    void eachDeadlineCarriesItsIdentityCalendarAndSubmissionAddress() {
        List<DeadlineEntry> deadlines = site.events(dated).deadlines();

        assertThat(deadlines).extracting(DeadlineEntry::identity).containsExactlyElementsOf(EventIdentity.deadlines(dated));
        assertThat(deadlines).extracting(DeadlineEntry::anchor).allSatisfy(anchor -> assertThat(anchor).startsWith("deadline-"));
        assertThat(deadlines).extracting(DeadlineEntry::calendar).containsOnly("notices/dated/calendar.ics");
        assertThat(deadlines).extracting(DeadlineEntry::submitEmail).containsExactly("kjj@example.cn", null);
    }

    @Test
    void aDeadlinesStatusIsTheOneRuleOnTheDayAsked() {
        DeadlineEntry summary = site.events(dated).deadlines().get(1);

        assertThat(summary.status(LocalDate.of(2026, 6, 10))).isEqualTo(DeadlineStatus.of(summary.deadline(), LocalDate.of(2026, 6, 10)));
        assertThat(summary.status(LocalDate.of(2026, 6, 10)).key()).isEqualTo("soon");
        assertThat(summary.status(LocalDate.of(2026, 6, 15)).key()).isEqualTo("closed");
    }

    @Test
    void aDocumentWithNothingDatedHasNoCalendarFile() {
        assertThat(site.events(undated).isEmpty()).isTrue();
        assertThat(site.events(undated).calendar()).isNull();
        assertThat(site.events(dated).calendar()).isEqualTo(CalendarPaths.document(dated));
    }

    @Test
    void theSitesListsHoldTheVeryItemsItsDocumentsCarry() {
        assertThat(site.activities()).hasSize(2).allSatisfy(activity ->
                assertThat(site.events(activity.document()).activities().get(activity.index())).isSameAs(activity));
        assertThat(site.deadlines()).hasSize(2).allSatisfy(entry ->
                assertThat(site.events(entry.document()).deadlines().get(entry.index())).isSameAs(entry));
    }

    @Test
    void aBundleFileIsResolvedAndPublishedAtTheSamePlaceBelowTheDocumentsAddress() {
        DocumentAttachment file = site.attachments(attached).all().get(0);

        assertThat(file.kind()).isEqualTo("file");
        assertThat(file.file()).isEqualTo(attached.bundle().resolve("files/附件1 名单.txt")).isRegularFile();
        assertThat(file.path()).isEqualTo("notices/attached/files/附件1 名单.txt");
        assertThat(file.format()).isEqualTo("纯文本（TXT）");
        assertThat(file.anchor()).isNull();
        assertThat(file.downloads()).isEmpty();
        assertThat(site.attachments(attached).files()).containsExactly(file.file());
    }

    @Test
    void anExternalAddressHasNoFileNoAnchorAndNoDownloads() {
        DocumentAttachment url = site.attachments(attached).all().get(2);

        assertThat(url.kind()).isEqualTo("url");
        assertThat(url.file()).isNull();
        assertThat(url.path()).isNull();
        assertThat(url.anchor()).isNull();
        assertThat(url.downloads()).isEmpty();
    }

    @Test
    void aTablesAnchorIsItsTurnAmongTheTablesWhateverItsTitleAndPlaceInTheList() {
        assertThat(site.attachments(attached).tables()).extracting(DocumentAttachment::anchor)
                .containsExactly("table-1", "table-2");
        assertThat(site.attachments(attached).tables()).extracting(DocumentAttachment::index).containsExactly(1, 3);
    }

    @Test
    void aTableIsOfferedAsXlsxThenCsvNamedAfterItsTitle() {
        DocumentAttachment table = site.attachments(attached).tables().get(0);

        assertThat(table.downloads()).extracting(DocumentAttachment.TableDownload::extension).containsExactly("xlsx", "csv");
        assertThat(table.downloads()).extracting(DocumentAttachment.TableDownload::path)
                .containsExactly("notices/attached/活动统计表.xlsx", "notices/attached/活动统计表.csv");
        assertThat(table.downloads()).extracting(DocumentAttachment.TableDownload::format)
                .containsExactly("Excel 电子表格（XLSX）", "纯文本表格（CSV）");
    }

    @Test
    void aDocumentTheIndexDoesNotPublishGetsTheSameFactsWorkedOutAgain() {
        Document copy = new Document.Builder(dated).build();

        assertThat(site.events(copy).activities()).extracting(Activity::identity)
                .containsExactlyElementsOf(site.events(dated).activities().stream().map(Activity::identity).toList());
    }
}
