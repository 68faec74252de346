package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.gazette.testing.FileTrees;
import org.gazette.fixtures.PreviewSite;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview ({@code BuildOptions.including}) shows drafts under a 草稿 banner and future-dated
 * documents under a 定时发布 banner with their date, marked in lists too; a build shows neither.
 */
@ExtendWith(TestSiteExtension.class)
class PreviewInclusionTest {

    static final LocalDate DAY = PreviewSite.DAY;

    private static BuildResult preview(TestSite site, Path out, boolean drafts, boolean future) throws Exception {
        return new SiteBuilder().build(BuildOptions.build(site.root(), out).on(DAY).including(drafts, future));
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void includedDraftsCarryTheDraftBannerOnTheirPageAndAMarkInLists(TestSite site, @TempDir Path out) throws Exception {
        PreviewSite.withDraftAndScheduled(site);

        BuildResult result = preview(site, out, true, false);

        Document draft = page(out, "notices/draft/index.html");
        assertThat(draft.select("main .preview-mark-draft").text())
                .startsWith("草稿 本文档是草稿（status: draft），只在预览中显示，生成网站时不会发布。");
        assertThat(page(out, "notices/index.html").select(".doc-list li:contains(还在修改的通知) .preview-label").text())
                .isEqualTo("草稿");
        assertThat(page(out, "notices/now/index.html").select(".preview-mark")).isEmpty();
        assertThat(out.resolve("notices/later")).doesNotExist();
        assertThat(result.drafts()).isEmpty();
        assertThat(result.scheduled()).extracting(BuildResult.Scheduled::sourcePath).containsExactly("content/notices/later.md");
    }

    @Test
    void includedFutureDocumentsCarryTheScheduledBannerWithTheirDate(TestSite site, @TempDir Path out) throws Exception {
        PreviewSite.withDraftAndScheduled(site);

        BuildResult result = preview(site, out, false, true);

        assertThat(page(out, "notices/later/index.html").select("main .preview-mark-scheduled").text())
                .startsWith("定时发布 2022-06-01 本文档定于 2022-06-01 发布");
        assertThat(page(out, "index.html").select("li:contains(下周发布的通知) .preview-label").text())
                .isEqualTo("定时发布 2022-06-01");
        assertThat(Files.readString(out.resolve("feed.xml"))).contains("下周发布的通知");
        assertThat(out.resolve("notices/draft")).doesNotExist();
        assertThat(result.scheduled()).isEmpty();
        assertThat(result.drafts()).containsExactly("content/notices/draft.md");
    }

    @Test
    void aBuildCarriesNoPreviewMarkAnywhere(TestSite site, @TempDir Path out) throws Exception {
        PreviewSite.withDraftAndScheduled(site);

        site.build(out, DAY);

        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".html")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).noneMatch(html -> html.contains("preview-mark") || html.contains("preview-label"));
        }
        assertThat(out.resolve("notices/draft")).doesNotExist();
        assertThat(out.resolve("notices/later")).doesNotExist();
    }

    @Test
    void aDraftWhoseFrontMatterIsUnfinishedIsNotShownAndItsWarningsSayWhy(TestSite site, @TempDir Path out)
            throws Exception {
        site.write("content/notices/now.md", TestSite.NOTICE);
        site.write("content/notices/draft.md", """
                ---
                title: 还没写完
                status: draft
                date: 2022年5月
                agencies: [kjj]
                ---
                """);

        BuildResult result = preview(site, out, true, true);

        assertThat(out.resolve("notices/draft")).doesNotExist();
        assertThat(result.warnings()).extracting(p -> p.field()).containsExactly("date");
    }

    @Test
    void aShownDraftsLinkToADocumentNotYetPublishedIsAWarning(TestSite site, @TempDir Path out) throws Exception {
        site.write("content/notices/draft.md", """
                ---
                title: 草稿里链接了另一篇草稿
                status: draft
                date: 2022-05-20
                agencies: [kjj]
                ---
                见[另一篇](other.md)。
                """);
        site.write("content/notices/other.md", """
                ---
                title: 另一篇草稿
                status: draft
                date: 2022-05-20
                agencies: [kjj]
                ---
                """);

        BuildResult result = preview(site, out, true, false);

        assertThat(out.resolve("notices/draft/index.html")).exists();
        assertThat(result.warnings()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("（草稿）链接“other.md”"));
    }

    @Test
    void aDraftWhoseBodyHasMistakesIsNotShownAndItsWarningsSayWhy(TestSite site, @TempDir Path out) throws Exception {
        site.write("content/notices/now.md", TestSite.NOTICE);
        site.write("content/notices/draft.md", """
                ---
                title: 草稿里附件链接写错
                status: draft
                date: 2022-05-20
                agencies: [kjj]
                ---
                见[附件](不存在.pdf)。
                """);

        BuildResult result = preview(site, out, true, false);

        assertThat(out.resolve("notices/draft")).doesNotExist();
        assertThat(Files.readString(out.resolve("notices/index.html"))).doesNotContain("草稿里附件链接写错");
        assertThat(result.warnings()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("（草稿）"));
    }

    @Test
    void aRebuildThatStopsIncludingDraftsEqualsAFullBuild(TestSite site, @TempDir Path folder) throws Exception {
        PreviewSite.withDraftAndScheduled(site);
        SiteBuilder builder = new SiteBuilder();
        Path live = folder.resolve("live");
        builder.build(BuildOptions.build(site.root(), live).on(DAY).including(true, true));

        BuildResult again = builder.build(BuildOptions.build(site.root(), live).on(DAY));
        site.build(folder.resolve("full"), DAY);

        assertThat(again.rebuild()).isFalse();
        assertThat(FileTrees.fingerprint(live)).isEqualTo(FileTrees.fingerprint(folder.resolve("full")));
    }
}
