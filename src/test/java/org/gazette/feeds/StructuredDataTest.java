package org.gazette.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.build.BuildOptions;
import org.gazette.build.SiteBuilder;
import org.gazette.testing.BuiltPages;
import org.gazette.testing.FileTrees;
import org.gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What search engines and link previews read from the pages of the sample site, parsed back from
 * every page: the schema.org JSON-LD of every document page (an {@code Article} or
 * {@code DigitalDocument} issued by {@code GovernmentOrganization}s, and a {@code BreadcrumbList} that
 * is the trail the page shows, beside the {@code Event}s of its schedule), and the Open Graph tags of
 * every page. No JSON-LD processor is used: the schema.org context cannot be fetched here, so the
 * graph is checked node by node.
 */
class StructuredDataTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASE = "https://example.gov.cn";

    @TempDir
    static Path folder;

    static Map<String, Document> pages;

    @BeforeAll
    static void bakeTheSampleSite() throws Exception {
        Path source = folder.resolve("src");
        for (String part : List.of("content", "data", "templates", "assets")) {
            FileTrees.copy(TestSite.REPOSITORY.resolve(part), source.resolve(part));
        }
        Path output = folder.resolve("site");
        new SiteBuilder().build(BuildOptions.build(source, output).on(LocalDate.of(2022, 5, 24)));
        pages = BuiltPages.of(output);
    }

    /** The parsed JSON-LD blocks of a page, after checking none could close its script element. */
    static List<JsonNode> blocks(Document page) throws Exception {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            assertThat(script.data()).doesNotContain("<", ">", "\u2028", "\u2029");
            JsonNode block = JSON.readTree(script.data());
            assertThat(block.path("@context").asText()).isEqualTo("https://schema.org");
            block.path("@graph").forEach(node -> assertThat(node.path("@type").isTextual()).isTrue());
            blocks.add(block);
        }
        return blocks;
    }

    static List<JsonNode> nodes(Document page, String type) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode block : blocks(page)) {
            block.path("@graph").forEach(node -> {
                if (node.path("@type").asText().equals(type)) {
                    found.add(node);
                }
            });
        }
        return found;
    }

    static List<Map.Entry<String, Document>> documentPages() {
        return pages.entrySet().stream()
                .filter(e -> e.getValue().body().hasClass("page-document") || e.getValue().body().hasClass("page-simple"))
                .toList();
    }

    @Test
    void theSampleSiteHasNoticesPlansAndSimplePages() {
        List<String> paths = documentPages().stream().map(Map.Entry::getKey).toList();
        assertThat(paths).anyMatch(p -> p.startsWith("notices/")).anyMatch(p -> p.startsWith("plans/"))
                .anyMatch(p -> !p.startsWith("notices/") && !p.startsWith("plans/"));
    }

    @Test
    void everyNoticeIsAnArticleAndEveryPlanADigitalDocumentAsItsPageShowsIt() throws Exception {
        for (Map.Entry<String, Document> entry : documentPages()) {
            Document page = entry.getValue();
            if (!page.body().hasClass("page-document")) {
                continue;
            }
            String type = entry.getKey().startsWith("plans/") ? "DigitalDocument" : "Article";
            List<JsonNode> works = nodes(page, type);
            assertThat(works).as(entry.getKey()).hasSize(1);
            JsonNode work = works.get(0);
            String canonical = page.selectFirst("link[rel=canonical]").attr("href");
            assertThat(work.path("url").asText()).as(entry.getKey()).isEqualTo(canonical);
            assertThat(work.path("headline").asText()).isEqualTo(page.selectFirst("h1").text());
            assertThat(work.path("inLanguage").asText()).isEqualTo("zh-CN");
            assertThat(work.path("datePublished").asText()).isEqualTo(row(page, "发布日期").selectFirst("time").attr("datetime"));
            assertThat(LocalDate.parse(work.path("dateModified").asText()))
                    .isAfterOrEqualTo(LocalDate.parse(work.path("datePublished").asText()));
            Element number = page.selectFirst(".doc-number");
            if (number != null) {
                assertThat(work.path("identifier").asText()).isEqualTo(number.text());
            }
            List<String> agencies = row(page, "发布机构").select("a").eachText();
            for (String role : List.of("publisher", "author")) {
                assertThat(work.path(role).findValuesAsText("name")).as(entry.getKey() + " " + role).isEqualTo(agencies);
                work.path(role).forEach(org -> {
                    assertThat(org.path("@type").asText()).isEqualTo("GovernmentOrganization");
                    assertThat(org.path("url").asText()).startsWith("http");
                });
            }
        }
    }

    @Test
    void everyDocumentPageHasTheBreadcrumbListOfItsVisibleTrail() throws Exception {
        for (Map.Entry<String, Document> entry : documentPages()) {
            Document page = entry.getValue();
            List<JsonNode> lists = nodes(page, "BreadcrumbList");
            assertThat(lists).as(entry.getKey()).hasSize(1);
            List<Element> crumbs = page.select("nav.breadcrumb li");
            JsonNode items = lists.get(0).path("itemListElement");
            assertThat(items.size()).isEqualTo(crumbs.size());
            for (int i = 0; i < crumbs.size(); i++) {
                JsonNode item = items.get(i);
                Element link = crumbs.get(i).selectFirst("a");
                assertThat(item.path("@type").asText()).isEqualTo("ListItem");
                assertThat(item.path("position").asInt()).isEqualTo(i + 1);
                assertThat(item.path("name").asText()).isEqualTo(crumbs.get(i).text());
                assertThat(item.path("item").asText()).isEqualTo(link != null ? BASE + link.attr("href")
                        : page.selectFirst("link[rel=canonical]").attr("href"));
            }
        }
    }

    @Test
    void theEventsOfASchedulesAreKeptBesideTheDocument() throws Exception {
        long withSchedule = 0;
        for (Map.Entry<String, Document> entry : documentPages()) {
            if (entry.getValue().selectFirst("#schedule") != null) {
                withSchedule++;
                assertThat(nodes(entry.getValue(), "Event")).as(entry.getKey()).isNotEmpty();
            }
        }
        assertThat(withSchedule).isPositive();
    }

    @Test
    void everyPageHasTheOpenGraphTagsOfALinkPreview() {
        for (Map.Entry<String, Document> entry : pages.entrySet()) {
            Document page = entry.getValue();
            for (String property : List.of("og:title", "og:type", "og:url", "og:description", "og:site_name", "og:locale")) {
                assertThat(page.select("head meta[property=" + property + "]")).as(entry.getKey() + " " + property).hasSize(1);
            }
            assertThat(og(page, "og:locale")).isEqualTo("zh_CN");
            assertThat(og(page, "og:site_name")).isEqualTo(page.selectFirst(".site-title").text());
            assertThat(og(page, "og:url")).isEqualTo(page.selectFirst("link[rel=canonical]").attr("href"));
            assertThat(og(page, "og:type")).isEqualTo(page.body().hasClass("page-document") ? "article" : "website");
        }
    }

    private static String og(Document page, String property) {
        return page.selectFirst("head meta[property=" + property + "]").attr("content");
    }

    private static Element row(Document page, String heading) {
        for (Element row : page.select("table.meta-table tr")) {
            if (row.selectFirst("th").text().equals(heading)) {
                return row.selectFirst("td");
            }
        }
        throw new AssertionError("no row " + heading);
    }
}
