package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gazette.site.TopicIndex;
import org.gazette.testing.BuiltPages;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.gazette.validation.BuildFailedException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives of a built site: year lists, topic pages, campaign series hubs and agency pages by
 * year reach every published document through working links, and never show a draft or a document
 * held back for a later day.
 */
@ExtendWith(TestSiteExtension.class)
class ArchivesSiteTest {

    static final LocalDate DAY = LocalDate.of(2022, 12, 31);

    @TempDir
    Path output;

    private static String notice(String title, String date, String topics, String extra) {
        return """
                ---
                title: %s
                date: %s
                agencies: [kjj]
                campaign: sci-week-2022
                topics: [%s]
                %s
                ---
                正文。
                """.formatted(title, date, topics, extra);
    }

    private static TestSite archive(TestSite site) throws IOException {
        return site.write("content/notices/2022/week/index.md", notice("二〇二二年的通知", "2022-05-10", "科普", ""))
                .write("content/notices/2021/old/index.md", notice("二〇二一年的通知", "2021-05-10", "科普, 乡村振兴", ""))
                .write("content/plans/2022/plan/index.md", notice("二〇二二年的方案", "2022-05-12", "乡村振兴", ""))
                .write("content/notices/2020/draft/index.md", notice("草稿里的通知", "2020-05-10", "草稿主题", "status: draft"))
                .write("content/notices/2023/later/index.md", notice("明年才发布的通知", "2023-01-05", "定时主题", ""));
    }

    @Test
    void everyLinkOnTheArchivePagesLeadsToAPageOrFileOfTheSite(TestSite site) throws Exception {
        archive(site).build(output, DAY);
        Map<String, Document> pages = BuiltPages.of(output);

        int checked = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            if (!page.getKey().matches("(notices|plans|topics|campaigns|agencies|sitemap)/.*")) {
                continue;
            }
            for (Element link : page.getValue().select("main a[href^=/]")) {
                String href = link.attr("href").substring(1);
                Path target = output.resolve(href.endsWith("/") || href.isEmpty() ? href + "index.html" : href);
                assertThat(target).as("%s on %s", link.attr("href"), page.getKey()).exists();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void everyPublishedDocumentIsReachableFromTheYearTopicAndSeriesPages(TestSite site) throws Exception {
        archive(site).build(output, DAY);
        Map<String, Document> pages = BuiltPages.of(output);

        assertThat(pages.get("notices/index.html").select(".archive-years a").eachAttr("href"))
                .containsExactly("/notices/2022/", "/notices/2021/");
        assertThat(pages.get("notices/2021/index.html").select(".doc-list a").eachText()).containsExactly("二〇二一年的通知");
        assertThat(pages.get("plans/2022/index.html").select(".doc-list a").eachText()).containsExactly("二〇二二年的方案");
        assertThat(pages.get("topics/" + TopicIndex.slug("乡村振兴") + "/index.html").select(".doc-list a").eachText())
                .containsExactly("二〇二二年的方案", "二〇二一年的通知");
        assertThat(pages.get("campaigns/sci-week/index.html").select(".doc-list a").eachText())
                .containsExactly("二〇二二年的方案", "二〇二二年的通知", "二〇二一年的通知");
        assertThat(pages.get("agencies/kjj/index.html").select(".year-heading").eachText()).containsExactly("2022年", "2021年");
        assertThat(pages.get("sitemap/index.html").select("ul.site-map > li > a").eachText()).contains("主题分类", "活动专题");
        assertThat(Files.readString(output.resolve("sitemap.xml")))
                .contains("/notices/2021/</loc>", "/topics/</loc>", "/campaigns/sci-week/</loc>");
    }

    @Test
    void followingLinksFromTheHomePageWithoutScriptReachesEveryArchivePageAndEveryDocument(TestSite site) throws Exception {
        archive(site).build(output, DAY);
        Map<String, Document> pages = BuiltPages.of(output);

        Set<String> reached = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(java.util.List.of("index.html"));
        while (!next.isEmpty()) {
            String file = next.poll();
            Document page = pages.get(file);
            if (page == null || !reached.add(file)) {
                continue;
            }
            for (String href : page.select("a[href^=/]").eachAttr("href")) {
                String path = href.substring(1).replaceAll("#.*", "");
                next.add(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            }
        }

        assertThat(reached).contains("notices/2022/week/index.html", "notices/2021/old/index.html",
                "plans/2022/plan/index.html", "notices/2021/index.html", "plans/2022/index.html", "topics/index.html",
                "topics/" + TopicIndex.slug("乡村振兴") + "/index.html", "campaigns/index.html", "campaigns/sci-week/index.html");
        assertThat(pages.keySet()).as("every page of the site but the error page is reachable by links")
                .filteredOn(file -> !file.equals("404.html")).allMatch(reached::contains);
    }

    @Test
    void aDocumentPageLinksEachOfItsTopicsToThatTopicsPage(TestSite site) throws Exception {
        archive(site).build(output, DAY);
        Map<String, Document> pages = BuiltPages.of(output);

        Element topics = pages.get("notices/2021/old/index.html").selectFirst("table.meta-table tr:has(th:contains(主题分类)) td");
        assertThat(topics.text()).isEqualTo("科普、乡村振兴");
        assertThat(topics.select("a").eachAttr("href")).containsExactly("/topics/" + TopicIndex.slug("科普") + "/",
                "/topics/" + TopicIndex.slug("乡村振兴") + "/");
        for (String href : topics.select("a").eachAttr("href")) {
            assertThat(pages.get(href.substring(1) + "index.html").select(".doc-list a").eachText()).as(href)
                    .contains("二〇二一年的通知");
        }
    }

    @Test
    void aCampaignHubOffersEachEditionsFeedButAnnouncesOnlyTheSitesFeedInItsHead(TestSite site) throws Exception {
        archive(site).build(output, DAY);
        Document hub = BuiltPages.of(output).get("campaigns/sci-week/index.html");

        assertThat(hub.select(".campaign-edition .feed-links a").eachAttr("href"))
                .containsExactly("/feeds/campaigns/sci-week-2022.xml", "/feeds/campaigns/sci-week-2022.json");
        assertThat(output.resolve("feeds/campaigns/sci-week-2022.xml")).isRegularFile();
        assertThat(output.resolve("feeds/campaigns/sci-week-2022.json")).isRegularFile();
        assertThat(hub.select("head link[rel=alternate]").eachAttr("href")).containsExactly("/feed.xml", "/feed.json");
    }

    @Test
    void withoutScriptTheSearchPageLinksTheTopicAndCampaignIndexesWhenTheSiteHasThem(TestSite site) throws Exception {
        archive(site).build(output, DAY);

        assertThat(BuiltPages.of(output).get("search/index.html").select(".search-archives a").eachAttr("href"))
                .contains("/topics/", "/campaigns/");
    }

    @Test
    void aSiteWithoutTopicsOrCampaignsHasNoSuchLinksOnItsSearchPage(TestSite site) throws Exception {
        site.write("data/campaigns.yaml", "{}\n")
                .write("content/notices/2022/week/index.md", """
                        ---
                        title: 没有主题的通知
                        date: 2022-05-10
                        agencies: [kjj]
                        ---
                        正文。
                        """)
                .build(output, DAY);

        assertThat(output.resolve("topics")).doesNotExist();
        assertThat(output.resolve("campaigns")).doesNotExist();
        assertThat(BuiltPages.of(output).get("search/index.html").select(".search-archives a").eachAttr("href"))
                .doesNotContain("/topics/", "/campaigns/").contains("/notices/");
    }

    @Test
    void draftsAndDocumentsHeldBackNeverReachTheArchivesNorMakeAnEmptyYear(TestSite site) throws Exception {
        archive(site).build(output, DAY);
        Map<String, Document> pages = BuiltPages.of(output);

        assertThat(output.resolve("notices/2020")).doesNotExist();
        assertThat(output.resolve("notices/2023")).doesNotExist();
        assertThat(output.resolve("topics/" + TopicIndex.slug("草稿主题"))).doesNotExist();
        assertThat(output.resolve("topics/" + TopicIndex.slug("定时主题"))).doesNotExist();
        pages.forEach((path, page) -> assertThat(page.text()).as(path)
                .doesNotContain("草稿主题", "定时主题", "草稿里的通知", "明年才发布的通知", "2020年", "2023年通知公告"));
    }

    @Test
    void aDocumentAtAYearListsAddressIsToldTheAddressIsReserved(TestSite site) throws Exception {
        site.write("content/notices/2022/week/index.md",
                        notice("二〇二二年的通知", "2022-05-10", "科普", ""))
                .write("content/notices/2022.md", notice("占用年份地址的通知", "2022-05-11", "科普", ""));

        assertThatThrownBy(() -> site.build(output, DAY)).isInstanceOf(BuildFailedException.class);
        CheckRun check = site.check();
        assertThatProblem(check.problemInFile("content/notices/2022.md"))
                .hasMessageContaining("与“列表：2022年通知公告”发布到同一个地址 /notices/2022/")
                .hasHintContaining("这个地址留给网站自动生成的页面");
    }
}
