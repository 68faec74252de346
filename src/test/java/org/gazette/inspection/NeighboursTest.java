package org.gazette.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.gazette.testing.BuiltPages;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notice or plan links 上一篇 (published just before it) and 下一篇 (just after) among the
 * documents of its type; the first and the newest have only one, and simple pages none.
 */
@ExtendWith(TestSiteExtension.class)
class NeighboursTest {

    @TempDir
    Path output;

    @Test
    void noticesLinkTheirNeighboursInPublicationOrderWithinTheirType(TestSite site) throws Exception {
        Map<String, Document> pages = threeNoticesAndAPlan(site);

        assertThat(links(pages.get("notices/b/index.html")))
                .containsExactly("上一篇：通知甲 /notices/a/", "下一篇：通知丙 /notices/c/");
    }

    @Test
    void theFirstHasNoPreviousAndTheNewestNoNext(TestSite site) throws Exception {
        Map<String, Document> pages = threeNoticesAndAPlan(site);

        assertThat(links(pages.get("notices/a/index.html"))).containsExactly("下一篇：通知乙 /notices/b/");
        assertThat(links(pages.get("notices/c/index.html"))).containsExactly("上一篇：通知乙 /notices/b/");
    }

    @Test
    void aDocumentAloneInItsTypeAndSimplePagesHaveNone(TestSite site) throws Exception {
        Map<String, Document> pages = threeNoticesAndAPlan(site);

        assertThat(pages.get("plans/p/index.html").select("nav.neighbours")).isEmpty();
        assertThat(pages.get("about/index.html").select("nav.neighbours")).isEmpty();
    }

    @Test
    void aRebuildAfterANewNoticeUpdatesThePreviouslyNewestOne(TestSite site) throws Exception {
        org.gazette.build.SiteBuilder builder = new org.gazette.build.SiteBuilder();
        threeNoticesAndAPlan(site);
        builder.build(org.gazette.build.BuildOptions.build(site.root(), output).on(InspectionSite.DAY));
        site.write("content/notices/d.md", notice("通知丁", "2022-05-20"));

        builder.build(org.gazette.build.BuildOptions.build(site.root(), output).on(InspectionSite.DAY));

        assertThat(links(BuiltPages.of(output).get("notices/c/index.html")))
                .containsExactly("上一篇：通知乙 /notices/b/", "下一篇：通知丁 /notices/d/");
    }

    private Map<String, Document> threeNoticesAndAPlan(TestSite site) throws Exception {
        site.write("content/notices/b.md", notice("通知乙", "2022-05-10"))
                .write("content/notices/a.md", notice("通知甲", "2022-05-01"))
                .write("content/notices/c.md", notice("通知丙", "2022-05-15"))
                .write("content/plans/p.md", notice("方案", "2022-05-05"))
                .write("content/about.md", "---\ntitle: 关于本站\n---\n");
        site.build(output, InspectionSite.DAY);
        return BuiltPages.of(output);
    }

    private static String notice(String title, String date) {
        return "---\ntitle: " + title + "\ndate: " + date + "\nagencies: [kjj]\n---\n\n正文。\n";
    }

    private static java.util.List<String> links(Document page) {
        return page.select("nav.neighbours li").stream()
                .map(li -> li.text() + " " + li.selectFirst("a").attr("href")).toList();
    }
}
