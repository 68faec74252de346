package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.gazette.testing.FileTrees;
import org.gazette.testing.TestSite;
import org.gazette.validation.BuildFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A builder that builds the same site again makes only what changed, and the site it leaves is
 * byte for byte the one a full build of the same sources makes: after edits, additions, deletions
 * and changes to attachments, lists and data. The same holds when a file watcher tells the builder
 * which files changed, as the preview server does (the {@code watched…} tests): the builder then
 * looks at nothing else.
 */
class RebuildTest {

    /** After every notice's date, so none is held back as scheduled. */
    static final LocalDate DAY = LocalDate.of(2022, 5, 31);

    @TempDir
    Path folder;

    TestSite site;
    Path live;
    SiteBuilder builder;
    long clock = 1_700_000_000_000L;

    @BeforeEach
    void buildOnce() throws Exception {
        site = TestSite.in(folder.resolve("src"));
        for (int i = 1; i <= 25; i++) {
            edit("content/notices/n" + i + ".md", notice("第" + i + "号通知", "2022-05-" + String.format("%02d", i % 28 + 1)));
        }
        edit("content/notices/bundle/index.md", """
                ---
                title: 带附件的通知
                date: 2022-05-10
                agencies: [kjj, kx]
                campaign: sci-week-2022
                schedule:
                  - title: 启动仪式
                    start: 2022-05-24 09:30
                deadlines:
                  - title: 报送总结
                    due: 2022-06-14
                contacts:
                  - ref: wang
                attachments:
                  - title: 附件1：统计表
                    file: 附件1 统计表.xlsx
                ---

                请填写[统计表](附件1 统计表.xlsx)，参见[第1号通知](../n1.md)。
                """);
        site.write("content/notices/bundle/附件1 统计表.xlsx", TestSite.OFFICE_FILE);
        live = folder.resolve("live");
        builder = new SiteBuilder();
        BuildResult first = builder.build(BuildOptions.build(site.root(), live).on(DAY));
        assertThat(first.rebuild()).isFalse();
    }

    @Test
    void rebuildingWithoutChangesMakesNothingAndKeepsTheSite() throws Exception {
        Map<String, String> before = FileTrees.fingerprint(live);

        BuildResult again = rebuild();

        assertThat(again.rebuild()).isTrue();
        assertThat(again.pages()).isZero();
        assertThat(FileTrees.fingerprint(live)).isEqualTo(before);
    }

    @Test
    void editingATitleRemakesItsPageAndTheListsThatShowItOnly() throws Exception {
        edit("content/notices/n3.md", notice("第3号通知（修订）", "2022-05-04"));

        BuildResult again = rebuild();

        assertThat(again.rebuild()).isTrue();
        assertThat(again.pages()).isPositive().isLessThan(20);
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/n3/index.html"))).contains("第3号通知（修订）");
    }

    @Test
    void addingADocumentShiftsThePaginatedListsLikeAFullBuild() throws Exception {
        edit("content/notices/newest.md", notice("最新通知", "2022-05-30"));

        rebuild();

        assertSameAsFullBuild();
        assertThat(live.resolve("notices/page/2/index.html")).exists();
    }

    @Test
    void deletingDocumentsRemovesTheirPagesAndTheListPagesNoLongerNeeded() throws Exception {
        assertThat(live.resolve("notices/page/2/index.html")).exists();
        for (int i = 20; i <= 25; i++) {
            Files.delete(site.path("content/notices/n" + i + ".md"));
        }

        rebuild();

        assertSameAsFullBuild();
        assertThat(live.resolve("notices/n25")).doesNotExist();
        assertThat(live.resolve("notices/page/2")).doesNotExist();
    }

    @Test
    void replacingAnAttachmentPublishesTheNewBytes() throws Exception {
        byte[] updated = {'P', 'K', 3, 4, 20, 0, 0, 0, 9, 9, 9};
        site.write("content/notices/bundle/附件1 统计表.xlsx", updated);
        touch("content/notices/bundle/附件1 统计表.xlsx");

        rebuild();

        assertSameAsFullBuild();
        assertThat(live.resolve("notices/bundle/附件1 统计表.xlsx")).hasBinaryContent(updated);
    }

    @Test
    void turningADocumentIntoADraftUnpublishesItEverywhere() throws Exception {
        edit("content/notices/n7.md", """
                ---
                title: 第7号通知
                date: 2022-05-08
                agencies: [kjj]
                status: draft
                ---
                """);

        BuildResult again = rebuild();

        assertThat(again.drafts()).containsExactly("content/notices/n7.md");
        assertSameAsFullBuild();
        assertThat(live.resolve("notices/n7")).doesNotExist();
    }

    @Test
    void aLinkToADocumentThatBecameADraftIsReportedAndTheSiteKept() throws Exception {
        Map<String, String> before = FileTrees.fingerprint(live);
        edit("content/notices/n1.md", """
                ---
                title: 第1号通知
                date: 2022-05-02
                agencies: [kjj]
                status: draft
                ---
                """);

        assertThatThrownBy(this::rebuild).isInstanceOfSatisfying(BuildFailedException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("content/notices/bundle/index.md");
                    assertThat(p.message()).contains("../n1.md");
                }));
        assertThat(FileTrees.fingerprint(live)).isEqualTo(before);
    }

    @Test
    void aMistakeStopsTheRebuildAndFixingItRebuildsFromTheLastGoodSite() throws Exception {
        Map<String, String> before = FileTrees.fingerprint(live);
        edit("content/notices/n5.md", notice("第5号通知", "2022年5月6日"));

        assertThatThrownBy(this::rebuild).isInstanceOf(BuildFailedException.class);
        assertThat(FileTrees.fingerprint(live)).isEqualTo(before);

        edit("content/notices/n5.md", notice("第5号通知（已改正）", "2022-05-06"));
        BuildResult fixed = rebuild();

        assertThat(fixed.rebuild()).isTrue();
        assertSameAsFullBuild();
    }

    @Test
    void aChangeToDataMakesAFullBuild() throws Exception {
        edit("data/agencies.yaml", TestSite.AGENCIES_YAML.replace("某县科学技术局", "某县科学技术局（新名称）"));

        BuildResult again = rebuild();

        assertThat(again.rebuild()).isFalse();
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/bundle/index.html"))).contains("某县科学技术局（新名称）");
    }

    @Test
    void aNewBuildDayMakesAFullBuild() throws Exception {
        BuildResult later = builder.build(BuildOptions.build(site.root(), live).on(DAY.plusDays(30)));

        assertThat(later.rebuild()).isFalse();
        assertThat(Files.readString(live.resolve("notices/bundle/index.html"))).contains("已截止");
    }

    @Test
    void watchedBodyEditRemakesOnlyThatPageAndTheFeedsCarryingItsText() throws Exception {
        Map<String, String> before = FileTrees.fingerprint(live);
        edit("content/notices/n3.md", notice("第3号通知", "2022-05-04").replace("正文。", "正文已修改。"));

        BuildResult again = watched("content/notices/n3.md");

        assertThat(again.rebuild()).isTrue();
        // The page, the feeds carrying its full text (the site's and its agency's, in both formats), and
        // of the search index (which holds the body's words) only the files the edit reached.
        Map<String, String> after = FileTrees.fingerprint(live);
        List<String> changed = after.keySet().stream().filter(path -> !after.get(path).equals(before.get(path))).toList();
        assertThat(changed).contains("notices/n3/index.html", "feed.xml", "feed.json", "feeds/agencies/kjj.xml",
                        "feeds/agencies/kjj.json")
                .allSatisfy(path -> assertThat(path).matches(
                        "notices/n3/index\\.html|feed\\.(xml|json)|feeds/agencies/kjj\\.(xml|json)|search/(shards|docs)/\\d+\\.json"));
        assertThat(again.pages()).isEqualTo(changed.size());
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/n3/index.html"))).contains("正文已修改。");
        for (String feed : List.of("feed.xml", "feed.json", "feeds/agencies/kjj.xml", "feeds/agencies/kjj.json")) {
            assertThat(Files.readString(live.resolve(feed))).as(feed).contains("正文已修改。");
        }
    }

    @Test
    void watchedBodyEditOfABundleKeepsItsFilesAndChecksItsLinks() throws Exception {
        Path index = site.path("content/notices/bundle/index.md");
        edit("content/notices/bundle/index.md", Files.readString(index).replace("参见", "另请参见"));

        watched("content/notices/bundle/index.md");

        assertSameAsFullBuild();
        edit("content/notices/bundle/index.md", Files.readString(index).replace("../n1.md", "../n99.md"));
        assertThatThrownBy(() -> watched("content/notices/bundle/index.md")).isInstanceOf(BuildFailedException.class);
    }

    @Test
    void watchedTitleEditIsTheSiteOfAFullBuild() throws Exception {
        edit("content/notices/n3.md", notice("第3号通知（修订）", "2022-05-04"));

        assertThat(watched("content/notices/n3.md").pages()).isGreaterThan(1);

        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/n3/index.html"))).contains("第3号通知（修订）");
    }

    @Test
    void watchedAdditionIsTheSiteOfAFullBuild() throws Exception {
        edit("content/notices/newest.md", notice("最新通知", "2022-05-30"));

        watched("content/notices/newest.md");

        assertSameAsFullBuild();
    }

    @Test
    void watchedDeletionIsTheSiteOfAFullBuild() throws Exception {
        Files.delete(site.path("content/notices/n25.md"));

        watched("content/notices/n25.md");

        assertSameAsFullBuild();
        assertThat(live.resolve("notices/n25")).doesNotExist();
    }

    @Test
    void watchedRenameIsTheSiteOfAFullBuild() throws Exception {
        Files.move(site.path("content/notices/n4.md"), site.path("content/notices/改名后 的通知.md"));

        watched("content/notices/n4.md", "content/notices/改名后 的通知.md");

        assertSameAsFullBuild();
        assertThat(live.resolve("notices/n4")).doesNotExist();
    }

    @Test
    void watchedRenameDrawsTheQrCodeOfTheNewAddressFromTheKeptModulesLikeAFullBuild() throws Exception {
        // Page models keep a QR code's modules, not its drawing: the rebuild draws the renamed page's code again.
        String before = Files.readString(live.resolve("notices/n5/index.html"));
        Files.move(site.path("content/notices/n5.md"), site.path("content/notices/renamed.md"));

        watched("content/notices/n5.md", "content/notices/renamed.md");

        assertSameAsFullBuild();
        String page = Files.readString(live.resolve("notices/renamed/index.html"));
        assertThat(page).contains("class=\"qr-code-image\"").contains("/notices/renamed/</span>");
        assertThat(svgOf(page)).isNotEqualTo(svgOf(before));
    }

    @Test
    void watchedSaveThroughATemporaryFileRenamedOverTheDocument() throws Exception {
        site.write("content/notices/n2.md.tmp~", notice("第2号通知（另存）", "2022-05-03"));
        Files.move(site.path("content/notices/n2.md.tmp~"), site.path("content/notices/n2.md"),
                StandardCopyOption.REPLACE_EXISTING);

        watched("content/notices/n2.md.tmp~", "content/notices/n2.md");

        assertSameAsFullBuild();
    }

    @Test
    void watchedNewFolderIsTheSiteOfAFullBuild() throws Exception {
        edit("content/notices/2023/a.md", notice("新文件夹里的通知", "2022-05-11"));

        builder.build(options(), new SourceChanges(Set.of(site.path("content/notices/2023")), true, true));

        assertSameAsFullBuild();
        assertThat(live.resolve("notices/2023/a/index.html")).exists();
    }

    @Test
    void watchedAttachmentReplacementIsTheSiteOfAFullBuild() throws Exception {
        site.write("content/notices/bundle/附件1 统计表.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 9, 9, 9, 9, 9});
        touch("content/notices/bundle/附件1 统计表.xlsx");

        watched("content/notices/bundle/附件1 统计表.xlsx");

        assertSameAsFullBuild();
    }

    @Test
    void watchedDataTemplateAndAssetChangesMakeAFullBuild() throws Exception {
        edit("data/agencies.yaml", TestSite.AGENCIES_YAML.replace("某县科学技术局", "某县科学技术局（新名称）"));
        assertThat(watched("data/agencies.yaml").rebuild()).isFalse();
        assertSameAsFullBuild();

        edit("templates/404.ftlh", Files.readString(site.path("templates/404.ftlh")) + "\n");
        assertThat(watched("templates/404.ftlh").rebuild()).isFalse();
        assertSameAsFullBuild();

        // A rule, not a comment: the published stylesheet is minified, without comments.
        edit("assets/css/site.css", Files.readString(site.path("assets/css/site.css")) + "\n.added { color: #000; }\n");
        assertThat(watched("assets/css/site.css").rebuild()).isFalse();
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("assets/css/site.css"))).endsWith(".added{color:#000}\n");

        // The emblem is written into every page (pages.SiteImages): a new drawing reaches them all.
        edit("assets/img/emblem.svg", Files.readString(site.path("assets/img/emblem.svg")).replace("#b3141b", "#a00000"));
        assertThat(watched("assets/img/emblem.svg").rebuild()).isFalse();
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/n1/index.html"))).contains("fill=\"#a00000\"");
    }

    /** The page shell's shared parts are rendered once per build (layout.ftlh's @chrome), never kept from an older one. */
    @Test
    void watchedSiteDataAndShellTemplateEditsReachEveryPagesChromeLikeAFullBuild() throws Exception {
        edit("data/site.yaml", TestSite.SITE_YAML.replace("测试科技局网站", "测试科技局网站（新）") + """
                navigation:
                  - title: 通知公告
                    url: /notices/
                """);
        assertThat(watched("data/site.yaml").rebuild()).isFalse();
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/n1/index.html")))
                .contains("</svg>测试科技局网站（新）</a>")
                .contains("<a href=\"/notices/\" aria-current=\"true\">通知公告</a>");

        edit("templates/components/site-footer.ftlh", Files.readString(site.path("templates/components/site-footer.ftlh"))
                .replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\"><p>页脚新增</p>"));
        assertThat(watched("templates/components/site-footer.ftlh").rebuild()).isFalse();
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/index.html"))).contains("<p>页脚新增</p>");

        // A rebuild after them renders its pages' chrome from the new data and templates, like a full build.
        edit("content/notices/n3.md", notice("第3号通知（修订）", "2022-05-04"));
        assertThat(watched("content/notices/n3.md").rebuild()).isTrue();
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/n3/index.html")))
                .contains("测试科技局网站（新）</a>").contains("<p>页脚新增</p>")
                .contains("<a href=\"/notices/\" aria-current=\"true\">通知公告</a>");
    }

    @Test
    void watchedChangesOfAFailedBuildAreBuiltWithTheFix() throws Exception {
        edit("content/notices/late.md", notice("同时新增的通知", "2022-05-29"));
        edit("content/notices/n5.md", notice("第5号通知", "2022年5月6日"));
        assertThatThrownBy(() -> watched("content/notices/late.md", "content/notices/n5.md"))
                .isInstanceOf(BuildFailedException.class);

        edit("content/notices/n5.md", notice("第5号通知", "2022-05-06"));
        watched("content/notices/n5.md");

        assertSameAsFullBuild();
        assertThat(live.resolve("notices/late/index.html")).exists();
    }

    @Test
    void watchedActivityEditWritesThePagesJsonLdFromItsKeptEventsLikeAFullBuild() throws Exception {
        // Page models keep what the JSON-LD is made of, not the JSON: the rebuild writes it again for the new activity.
        Path page = site.path("content/notices/bundle/index.md");
        edit("content/notices/bundle/index.md", Files.readString(page).replace("title: 启动仪式", "title: 开幕式"));

        watched("content/notices/bundle/index.md");

        assertSameAsFullBuild();
        String html = Files.readString(live.resolve("notices/bundle/index.html"));
        assertThat(html).contains("\"@type\":\"Event\",\"name\":\"开幕式\"").doesNotContain("启动仪式");
    }

    @Test
    void watchedTitleEditOfAnActivityNoticeReachesEveryPageAndCalendarThatShowsIt() throws Exception {
        edit("content/notices/bundle/index.md", Files.readString(site.path("content/notices/bundle/index.md"))
                .replace("title: 带附件的通知", "title: 改过标题的通知"));

        watched("content/notices/bundle/index.md");

        assertSameAsFullBuild();
        for (String page : new String[] {"notices/index.html", "feed.xml", "agencies/kjj/index.html", "agencies/kx/index.html",
                "calendar/index.html", "calendar/campaigns/sci-week-2022/index.html", "calendar/agencies/kjj/index.html",
                "attachments/index.html", "notices/bundle/calendar.ics", "calendar/calendar.ics"}) {
            assertThat(Files.readString(live.resolve(page))).as(page).contains("改过标题的通知").doesNotContain("带附件的通知");
        }
    }

    @Test
    void watchedTitleEditReachesTheNeighboursPreviousAndNextLinks() throws Exception {
        edit("content/notices/n10.md", notice("第10号通知（新标题）", "2022-05-11"));

        watched("content/notices/n10.md");

        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/n11/index.html"))).contains("第10号通知（新标题）");
    }

    @Test
    void watchedDateEditMovesADocumentBetweenThePagesOfAList() throws Exception {
        assertThat(Files.readString(live.resolve("notices/page/2/index.html"))).contains(">第1号通知<");

        edit("content/notices/n1.md", notice("第1号通知", "2022-05-30"));
        watched("content/notices/n1.md");

        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/index.html"))).contains(">第1号通知<");
        assertThat(Files.readString(live.resolve("notices/page/2/index.html"))).doesNotContain(">第1号通知<");
    }

    @Test
    void watchedScheduleAndCampaignEditsMoveActivitiesBetweenCalendars() throws Exception {
        edit("content/notices/n7.md", """
                ---
                title: 第7号通知
                date: 2022-05-08
                agencies: [kjj]
                campaign: sci-week-2022
                schedule:
                  - title: 新增的科普讲座
                    start: 2022-06-02 14:00
                    organizers: [kx]
                ---

                正文。
                """);
        watched("content/notices/n7.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("calendar/agencies/kx/index.html"))).contains("新增的科普讲座");

        edit("content/notices/bundle/index.md", Files.readString(site.path("content/notices/bundle/index.md"))
                .replace("campaign: sci-week-2022\n", ""));
        watched("content/notices/bundle/index.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("calendar/campaigns/sci-week-2022/index.html"))).doesNotContain("启动仪式");
    }

    @Test
    void watchedEditsKeepUpdatingTheCalendarIndexInPlaceLikeAFullBuild() throws Exception {
        // Each rebuild's calendar index is the last one with the changed documents' lists merged again.
        edit("content/notices/n7.md", dated("第7号通知", "县科技馆", "2022-06-20").replace("agencies: [kjj]",
                "agencies: [kjj]\ncampaign: sci-week-2022"));
        watched("content/notices/n7.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("calendar/campaigns/sci-week-2022/calendar.ics"))).contains("报送听众名单");

        edit("content/notices/n3.md", notice("第3号通知（修订）", "2022-05-04"));
        watched("content/notices/n3.md");
        assertSameAsFullBuild();

        // The activity moves from kx to kjj alone, and out of the campaign; an earlier start puts it first.
        edit("content/notices/n7.md", dated("第7号通知", "县文化馆", "2022-05-20").replace("    organizers: [kx]\n", ""));
        watched("content/notices/n7.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("calendar/agencies/kx/index.html"))).doesNotContain("县文化馆");
        assertThat(Files.readString(live.resolve("calendar/campaigns/sci-week-2022/index.html"))).doesNotContain("县文化馆");

        Files.move(site.path("content/notices/n7.md"), site.path("content/notices/n7-moved.md"));
        touch("content/notices/n7-moved.md");
        watched("content/notices/n7.md", "content/notices/n7-moved.md");
        assertSameAsFullBuild();

        // The bundle leaves kjj and drops its deadline.
        edit("content/notices/bundle/index.md", Files.readString(site.path("content/notices/bundle/index.md"))
                .replace("agencies: [kjj, kx]", "agencies: [kx]").replace("deadlines:\n  - title: 报送总结\n    due: 2022-06-14\n", ""));
        watched("content/notices/bundle/index.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("calendar/agencies/kjj/calendar.ics"))).contains("县文化馆")
                .doesNotContain("报送总结").doesNotContain("启动仪式");

        Files.delete(site.path("content/notices/n7-moved.md"));
        watched("content/notices/n7-moved.md");
        assertSameAsFullBuild();
    }

    @Test
    void watchedEditsOfDatedNoticesWriteTheSubscriptionCalendarsFromKeptAndNewEventsLikeAFullBuild() throws Exception {
        // The site's and the agencies' calendars take each unchanged document's events as the last build wrote them.
        edit("content/notices/n7.md", dated("第7号通知", "县科技馆", "2022-06-20"));
        watched("content/notices/n7.md");
        assertSameAsFullBuild();

        edit("content/notices/bundle/index.md", Files.readString(site.path("content/notices/bundle/index.md"))
                .replace("title: 带附件的通知", "title: 改过标题的通知"));
        watched("content/notices/bundle/index.md");
        assertSameAsFullBuild();
        String agencyCalendar = Files.readString(live.resolve("calendar/agencies/kjj/calendar.ics"));
        assertThat(agencyCalendar).contains("SUMMARY:科普讲座（县科技馆）").contains("改过标题的通知").doesNotContain("带附件的通知");

        edit("content/notices/n7.md", dated("第7号通知", "县文化馆", "2022-06-21"));
        watched("content/notices/n7.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("calendar/calendar.ics")))
                .contains("SUMMARY:科普讲座（县文化馆）").doesNotContain("县科技馆").contains("改过标题的通知");

        Files.delete(site.path("content/notices/n7.md"));
        watched("content/notices/n7.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("calendar/agencies/kx/calendar.ics"))).doesNotContain("科普讲座");
    }

    @Test
    void watchedEditsOfAPaginatedCalendarKeepThePagesTheyDoNotReachLikeAFullBuild() throws Exception {
        StringBuilder schedule = new StringBuilder();
        for (int i = 1; i <= 64; i++) {
            schedule.append("  - title: 第").append(i).append("场讲座\n    start: ").append(DAY.minusDays(90).plusDays(i)).append('\n');
        }
        edit("content/notices/n5.md", notice("第5号通知", "2022-05-06").replace("agencies: [kjj]", "agencies: [kjj]\nschedule:\n" + schedule));
        watched("content/notices/n5.md");
        assertSameAsFullBuild();
        assertThat(live.resolve("calendar/page/3/index.html")).exists();

        // The bundle's activity is on the first page: the later pages are the last build's.
        edit("content/notices/bundle/index.md", Files.readString(site.path("content/notices/bundle/index.md"))
                .replace("title: 带附件的通知", "title: 改过标题的通知"));
        watched("content/notices/bundle/index.md");
        assertSameAsFullBuild();

        // One activity fewer shifts every later page by one.
        edit("content/notices/n5.md", Files.readString(site.path("content/notices/n5.md")).replace("  - title: 第1场讲座\n", "  - title: 改期\n"));
        watched("content/notices/n5.md");
        assertSameAsFullBuild();
        edit("content/notices/n5.md", Files.readString(site.path("content/notices/n5.md"))
                .replaceAll("  - title: 第2场讲座\n    start: [0-9-]+\n", ""));
        watched("content/notices/n5.md");
        assertSameAsFullBuild();
    }

    @Test
    void watchedEditThatUnpublishesADocumentUntilLaterIsTheSiteOfAFullBuild() throws Exception {
        edit("content/notices/bundle/index.md", Files.readString(site.path("content/notices/bundle/index.md"))
                .replace("date: 2022-05-10", "date: 2022-06-10"));

        watched("content/notices/bundle/index.md");

        assertSameAsFullBuild();
        assertThat(live.resolve("notices/bundle/index.html")).doesNotExist();
    }

    @Test
    void watchedContactEditReachesEveryAgencyThatListsThePersonLikeAFullBuild() throws Exception {
        // 李四's organisation names no agency, so he belongs to every agency whose documents list him,
        // shown as the newest document lists him: an edit in kx's notice changes kjj's page too.
        edit("content/notices/n5.md", withContact(notice("第5号通知", "2022-05-06"), "kjj", "18235928498"));
        edit("content/notices/n6.md", withContact(notice("第6号通知", "2022-05-07"), "kx", "18235928498"));
        watched("content/notices/n5.md", "content/notices/n6.md");
        assertSameAsFullBuild();
        String kjjPage = Files.readString(live.resolve("agencies/kjj/index.html"));

        edit("content/notices/n6.md", withContact(notice("第6号通知", "2022-05-07"), "kx", "13912345678"));
        watched("content/notices/n6.md");

        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("agencies/kjj/index.html"))).isNotEqualTo(kjjPage);
    }

    @Test
    void watchedTitleEditsOfDocumentsListingContactsKeepTheDirectoryAndThenMeetAContactEditLikeAFullBuild() throws Exception {
        edit("content/notices/n5.md", withContact(notice("第5号通知", "2022-05-06"), "kjj", "18235928498"));
        edit("content/notices/n6.md", withContact(notice("第6号通知", "2022-05-07"), "kx", "18235928498"));
        watched("content/notices/n5.md", "content/notices/n6.md");

        // 李四's vCard and the directory name n6, the newest document listing him: its new title must not leave them stale.
        edit("content/notices/n6.md", withContact(notice("第6号通知（修订）", "2022-05-07"), "kx", "18235928498"));
        watched("content/notices/n6.md");
        assertSameAsFullBuild();
        edit("content/notices/bundle/index.md", Files.readString(site.path("content/notices/bundle/index.md"))
                .replace("title: 带附件的通知", "title: 带附件的通知（修订）"));
        watched("content/notices/bundle/index.md");
        assertSameAsFullBuild();

        edit("content/notices/n6.md", withContact(notice("第6号通知（修订）", "2022-05-07"), "kx", "13912345678"));
        watched("content/notices/n6.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("agencies/kjj/index.html"))).contains("13912345678");
    }

    @Test
    void watchedTitleEditIsNotCheckedForAddressesAgainButAnEditThatPlansANewPageAtADocumentsAddressIs() throws Exception {
        // A page whose file name is a year takes the address of that year's list, once the year has notices.
        edit("content/notices/2021.md", notice("二〇二一年的说明", "2022-05-20"));
        watched("content/notices/2021.md");
        edit("content/notices/n3.md", notice("第3号通知（修订）", "2022-05-04"));
        watched("content/notices/n3.md");
        assertSameAsFullBuild();

        edit("content/notices/n3.md", notice("第3号通知（修订）", "2021-05-04"));

        for (ThrowingCallable build : List.<ThrowingCallable>of(() -> watched("content/notices/n3.md"),
                () -> new SiteBuilder().build(BuildOptions.build(site.root(), folder.resolve("full")).on(DAY)))) {
            assertThatThrownBy(build).isInstanceOfSatisfying(BuildFailedException.class, e ->
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.file()).isEqualTo("content/notices/2021.md");
                        assertThat(p.message()).contains("发布到同一个地址 /notices/2021/");
                    }));
        }
    }

    @Test
    void watchedEditThatStopsPublishingABundleFileReportsItAfterATitleEditThatDidNot() throws Exception {
        String bundle = Files.readString(site.path("content/notices/bundle/index.md"));
        edit("content/notices/bundle/index.md", bundle.replace("title: 带附件的通知", "title: 带附件的通知（修订）"));
        watched("content/notices/bundle/index.md");
        assertSameAsFullBuild();

        // Neither declared nor linked any more: the spreadsheet would silently not be published.
        edit("content/notices/bundle/index.md", bundle.replace("attachments:\n  - title: 附件1：统计表\n    file: 附件1 统计表.xlsx\n", "")
                .replace("请填写[统计表](附件1 统计表.xlsx)，", ""));

        assertThatThrownBy(() -> watched("content/notices/bundle/index.md")).isInstanceOfSatisfying(BuildFailedException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("content/notices/bundle/附件1 统计表.xlsx");
                    assertThat(p.message()).contains("不会发布");
                }));
    }

    @Test
    void watchedAgencyEditMovesADocumentBetweenAgencyPagesAndFeedsLikeAFullBuild() throws Exception {
        edit("content/notices/n3.md", notice("第3号通知", "2022-05-04").replace("agencies: [kjj]", "agencies: [kx]"));

        watched("content/notices/n3.md");

        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("feeds/agencies/kx.xml"))).contains("第3号通知");
        assertThat(Files.readString(live.resolve("feeds/agencies/kjj.json"))).doesNotContain("第3号通知");
        assertThat(Files.readString(live.resolve("agencies/kx/index.html"))).contains("第3号通知");
    }

    @Test
    void watchedCampaignEditAddsAndRemovesADocumentFromTheCampaignFeedLikeAFullBuild() throws Exception {
        edit("content/notices/n5.md", notice("第5号通知", "2022-05-06").replace("agencies: [kjj]",
                "agencies: [kjj]\ncampaign: sci-week-2022"));
        watched("content/notices/n5.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("feeds/campaigns/sci-week-2022.xml"))).contains("第5号通知");

        edit("content/notices/n5.md", notice("第5号通知", "2022-05-06"));
        watched("content/notices/n5.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("feeds/campaigns/sci-week-2022.json"))).doesNotContain("第5号通知");
    }

    @Test
    void watchedEditsMoveDocumentsIntoAndOutOfTheNewestThirtyOfAFeedLikeAFullBuild() throws Exception {
        // Ten older notices make kjj's archive longer than a feed holds (site.Feeds.ENTRIES).
        Set<String> added = new HashSet<>();
        for (int i = 1; i <= 10; i++) {
            String path = "content/notices/old" + i + ".md";
            edit(path, notice("往年第" + i + "号通知", "2021-03-" + String.format("%02d", i)));
            added.add(path);
        }
        watched(added.toArray(String[]::new));
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("feed.xml"))).doesNotContain("往年第1号通知");

        // A body edit of a notice no feed holds changes no feed.
        Map<String, String> before = FileTrees.fingerprint(live);
        edit("content/notices/old1.md", notice("往年第1号通知", "2021-03-01").replace("正文。", "改过的正文。"));
        watched("content/notices/old1.md");
        assertSameAsFullBuild();
        assertThat(feedsOf(FileTrees.fingerprint(live))).isEqualTo(feedsOf(before)).isNotEmpty();

        // Dated the newest, it enters the feeds and pushes the oldest entry out; dated back, it leaves.
        edit("content/notices/old1.md", notice("往年第1号通知", "2022-05-30"));
        watched("content/notices/old1.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("feeds/agencies/kjj.xml"))).contains("往年第1号通知");
        edit("content/notices/old1.md", notice("往年第1号通知", "2021-03-01"));
        watched("content/notices/old1.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("feed.json"))).doesNotContain("往年第1号通知");

        // A deleted notice of the feed lets the next older one in.
        Files.delete(site.path("content/notices/n20.md"));
        watched("content/notices/n20.md");
        assertSameAsFullBuild();
    }

    /** Builds again, told by a watcher that these files (paths below the site root) changed. */
    private BuildResult watched(String... paths) throws Exception {
        Set<Path> files = new HashSet<>();
        for (String path : paths) {
            files.add(site.path(path));
        }
        return builder.build(options(), SourceChanges.files(files));
    }

    @Test
    void watchedTopicEditReachesTheTopicPagesAndTheListsArchiveLinksLikeAFullBuild() throws Exception {
        edit("content/notices/n3.md", notice("第3号通知", "2022-05-04").replace("agencies: [kjj]", "agencies: [kjj]\ntopics: [科普]"));

        watched("content/notices/n3.md");

        assertSameAsFullBuild();
        assertThat(live.resolve("topics/index.html")).exists();
        assertThat(Files.readString(live.resolve("notices/index.html"))).contains("/topics/");
    }

    @Test
    void watchedTopicThatWidensAnotherTopicsAddressRelinksTheUntouchedDocumentLikeAFullBuild() throws Exception {
        // 主题22075 and 主题69905 share the first eight hex digits of their SHA-256 (4c29b494), so both get sixteen.
        edit("content/notices/n3.md", notice("第3号通知", "2022-05-04").replace("agencies: [kjj]", "agencies: [kjj]\ntopics: [主题22075]"));
        watched("content/notices/n3.md");
        edit("content/notices/n20.md", notice("第20号通知", "2022-05-21").replace("agencies: [kjj]", "agencies: [kjj]\ntopics: [主题69905]"));

        watched("content/notices/n20.md");

        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/n3/index.html"))).contains("/topics/4c29b494", "主题22075</a>")
                .doesNotContain("/topics/4c29b494/");
    }

    @Test
    void watchedDateEditIntoAnotherYearMakesThatYearsListLikeAFullBuild() throws Exception {
        edit("content/notices/n3.md", notice("第3号通知", "2021-05-04"));

        watched("content/notices/n3.md");

        assertSameAsFullBuild();
        assertThat(live.resolve("notices/2021/index.html")).exists();
    }

    @Test
    void watchedEditsOfAPaginatedYearKeepTheYearsAndPagesTheyDoNotReachLikeAFullBuild() throws Exception {
        for (int i = 1; i <= 22; i++) {
            edit("content/notices/old" + i + ".md", notice("2021年第" + i + "号通知", "2021-03-" + String.format("%02d", i)));
        }
        watched(java.util.stream.IntStream.rangeClosed(1, 22).mapToObj(i -> "content/notices/old" + i + ".md").toArray(String[]::new));
        assertSameAsFullBuild();
        assertThat(live.resolve("notices/2021/page/2/index.html")).exists();

        // A title on the second page of 2021: 2022 and the first page of 2021 are the last plan's.
        edit("content/notices/old2.md", notice("2021年第2号通知（修订）", "2021-03-02"));
        watched("content/notices/old2.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/2021/page/2/index.html"))).contains("2021年第2号通知（修订）");

        // A 2022 notice moved into 2021 shifts every page of 2021 by one and changes the counts beside both years.
        edit("content/notices/n3.md", notice("第3号通知", "2021-12-01"));
        watched("content/notices/n3.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("notices/2021/index.html"))).contains(">第3号通知<");

        // Three deletions take 2021 back to one page of twenty.
        for (int i = 1; i <= 3; i++) {
            Files.delete(site.path("content/notices/old" + i + ".md"));
        }
        watched("content/notices/old1.md", "content/notices/old2.md", "content/notices/old3.md");
        assertSameAsFullBuild();
        assertThat(live.resolve("notices/2021/page/2/index.html")).doesNotExist();
    }

    @Test
    void watchedEditsOfCampaignDocumentsKeepTheHubsTheyDoNotReachLikeAFullBuild() throws Exception {
        StringBuilder campaigns = new StringBuilder(TestSite.CAMPAIGNS_YAML);
        for (int year = 2017; year <= 2021; year++) {
            campaigns.append("sci-week-").append(year).append(":\n  name: ").append(year).append("年全国科技活动周\n  series: 科技活动周\n  year: ")
                    .append(year).append('\n');
        }
        campaigns.append("popsci-2021:\n  name: 2021年全国科普日\n  series: 全国科普日\n  year: 2021\n");
        edit("data/campaigns.yaml", campaigns.toString());
        edit("content/notices/n5.md", notice("第5号通知", "2022-05-06").replace("agencies: [kjj]", "agencies: [kjj]\ncampaign: sci-week-2017"));
        edit("content/notices/n6.md", notice("第6号通知", "2022-05-07").replace("agencies: [kjj]", "agencies: [kjj]\ncampaign: popsci-2021"));
        watched("data/campaigns.yaml", "content/notices/n5.md", "content/notices/n6.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("campaigns/sci-week/page/2/index.html"))).contains(">第5号通知<");

        // The 2017 edition is alone on the hub's second page: the first page and the other series' hub are the last plan's.
        edit("content/notices/n5.md", notice("第5号通知（修订）", "2022-05-06").replace("agencies: [kjj]", "agencies: [kjj]\ncampaign: sci-week-2017"));
        watched("content/notices/n5.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("campaigns/sci-week/page/2/index.html"))).contains("第5号通知（修订）");

        // A document moving between series changes both hubs and the counts in the index.
        edit("content/notices/n6.md", notice("第6号通知", "2022-05-07").replace("agencies: [kjj]", "agencies: [kjj]\ncampaign: sci-week-2021"));
        watched("content/notices/n6.md");
        assertSameAsFullBuild();
        assertThat(Files.readString(live.resolve("campaigns/popsci/index.html"))).doesNotContain(">第6号通知<");

        edit("content/notices/n5.md", notice("第5号通知", "2022-05-06"));
        watched("content/notices/n5.md");
        assertSameAsFullBuild();
    }

    @Test
    void watchedEditsOneAfterAnotherKeepTheSearchIndexThatOfAFullBuild() throws Exception {
        // The builder keeps the index between builds; after each kind of edit, and after a failed
        // build, every file under search/ is what a full build of the same sources writes.
        edit("content/notices/n3.md", notice("第3号通知", "2022-05-04").replace("正文。", "沙坡头区乐家湾广场举行科技节。"));
        watched("content/notices/n3.md");
        assertSameAsFullBuild();
        assertThat(searchResults()).contains("沙坡头区乐家湾广场举行科技节。");

        edit("content/notices/n3.md", notice("第3号通知（修订）", "2022-05-04").replace("正文。", "乐家湾广场。"));
        watched("content/notices/n3.md");
        assertSameAsFullBuild();

        edit("content/notices/newest.md", notice("最新通知", "2022-05-30").replace("正文。", "乐家湾。"));
        watched("content/notices/newest.md");
        assertSameAsFullBuild();
        assertThat(searchResults()).contains("最新通知");
        int documents = documentsIndexed();

        edit("content/notices/n7.md", notice("第7号通知", "2022年5月8日"));
        assertThatThrownBy(() -> watched("content/notices/n7.md")).isInstanceOf(BuildFailedException.class);
        Files.delete(site.path("content/notices/n7.md"));
        Files.delete(site.path("content/notices/n3.md"));
        watched("content/notices/n7.md", "content/notices/n3.md");
        assertSameAsFullBuild();
        assertThat(documentsIndexed()).isEqualTo(documents - 2);
        assertThat(searchResults()).doesNotContain("第3号通知");
    }

    @Test
    void watchedDeletionsThatChangeTheSearchShardCountChangeItOnTheSearchPageLikeAFullBuild() throws Exception {
        // The search page names the index's shard count (data-shards), which follows the number of documents.
        int before = manifestField("shards");
        for (int i = 20; i <= 25; i++) {
            Files.delete(site.path("content/notices/n" + i + ".md"));
        }

        watched("content/notices/n20.md", "content/notices/n21.md", "content/notices/n22.md", "content/notices/n23.md",
                "content/notices/n24.md", "content/notices/n25.md");

        assertSameAsFullBuild();
        int after = manifestField("shards");
        assertThat(after).isLessThan(before);
        assertThat(Files.readString(live.resolve("search/index.html"))).contains("data-shards=\"" + after + "\"");
    }

    /** The text of every result chunk of the live site's search index. */
    private String searchResults() throws IOException {
        StringBuilder text = new StringBuilder();
        try (var chunks = Files.list(live.resolve("search/docs"))) {
            for (Path chunk : chunks.sorted().toList()) {
                text.append(Files.readString(chunk));
            }
        }
        return text.toString();
    }

    private int documentsIndexed() throws IOException {
        return manifestField("documents");
    }

    /** A number of the live site's search manifest. */
    private int manifestField(String name) throws IOException {
        var field = java.util.regex.Pattern.compile("\"" + name + "\":(\\d+)")
                .matcher(Files.readString(live.resolve("search/index.json")));
        assertThat(field.find()).isTrue();
        return Integer.parseInt(field.group(1));
    }

    private BuildOptions options() {
        return BuildOptions.build(site.root(), live).on(DAY);
    }

    private BuildResult rebuild() throws Exception {
        return builder.build(BuildOptions.build(site.root(), live).on(DAY));
    }

    private void assertSameAsFullBuild() throws Exception {
        Path full = folder.resolve("full-" + clock);
        new SiteBuilder().build(BuildOptions.build(site.root(), full).on(DAY));
        assertThat(FileTrees.fingerprint(live)).isEqualTo(FileTrees.fingerprint(full));
    }

    /** Writes a file with a modification time later than any before, as an editor's save would. */
    private void edit(String path, String text) throws IOException {
        site.write(path, text);
        touch(path);
    }

    private void touch(String path) throws IOException {
        clock += 1000;
        Files.setLastModifiedTime(site.path(path), FileTime.fromMillis(clock));
    }

    private static String svgOf(String page) {
        int start = page.indexOf("qr-code-image");
        return page.substring(start, page.indexOf("</svg>", start));
    }

    /** The fingerprints of the feed files ({@code feed.*}, {@code feeds/…}) among a site's. */
    private static Map<String, String> feedsOf(Map<String, String> fingerprints) {
        Map<String, String> feeds = new java.util.TreeMap<>();
        fingerprints.forEach((path, bytes) -> {
            if (path.startsWith("feed")) {
                feeds.put(path, bytes);
            }
        });
        return feeds;
    }

    /** A notice of one agency listing 李四, of an organisation that names no agency, with a mobile number. */
    private static String withContact(String notice, String agency, String mobile) {
        return notice.replace("agencies: [kjj]", """
                agencies: [%s]
                contacts:
                  - name: 李四
                    org: 乡镇文化站
                    mobile: "%s\"""".formatted(agency, mobile));
    }

    /** A notice of kjj with an activity that kx organises at a place, and a deadline. */
    private static String dated(String title, String place, String day) {
        return """
                ---
                title: %s
                date: 2022-05-08
                agencies: [kjj]
                schedule:
                  - title: 科普讲座（%s）
                    start: %s 14:00
                    location: %s
                    organizers: [kx]
                deadlines:
                  - title: 报送听众名单
                    due: %s
                ---

                正文。
                """.formatted(title, place, day, place, day);
    }

    private static String notice(String title, String date) {
        return """
                ---
                title: %s
                date: %s
                agencies: [kjj]
                ---

                正文。
                """.formatted(title, date);
    }
}
