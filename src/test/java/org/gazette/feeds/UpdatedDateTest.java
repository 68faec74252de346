package org.gazette.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gazette.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional {@code updated} (更新日期) field: shown on the page after 发布日期, and the date every
 * reader of the site is told the document last changed (sitemap {@code lastmod}, JSON-LD
 * {@code dateModified}, Open Graph, and the feeds, checked in their own tests). A document without it
 * last changed on its publication day. Its mistakes are in {@code FieldMistakesTest}.
 */
class UpdatedDateTest {

    @TempDir
    static Path folder;

    static Path out;

    @BeforeAll
    static void buildTheSite() throws Exception {
        out = folder.resolve("site");
        FeedSite.build(TestSite.in(folder.resolve("src")), out);
    }

    static Document page(String path) throws Exception {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void thePageShowsTheUpdateDayAfterThePublicationDay() throws Exception {
        Document page = page("notices/2022/week/index.html");

        Element row = page.select("table.meta-table tr:has(th:contains(发布日期)) + tr").first();
        assertThat(row.selectFirst("th").text()).isEqualTo("更新日期");
        assertThat(row.selectFirst("time").attr("datetime")).isEqualTo("2022-05-28");
        assertThat(row.selectFirst("time").text()).isEqualTo("2022年5月28日");
    }

    @Test
    void aDocumentWithoutItHasNoUpdateRow() throws Exception {
        assertThat(page("notices/older/index.html").select("table.meta-table th").eachText()).doesNotContain("更新日期");
    }

    @Test
    void theSitemapGivesTheDayADocumentLastChanged() throws Exception {
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        Map<String, String> lastmod = new HashMap<>();
        for (Element url : sitemap.select("url:has(lastmod)")) {
            lastmod.put(url.selectFirst("loc").text(), url.selectFirst("lastmod").text());
        }

        assertThat(lastmod).containsEntry("https://kjj.example.gov.cn/notices/2022/week/", "2022-05-28")
                .containsEntry("https://kjj.example.gov.cn/notices/older/", "2022-05-10");
    }

    @Test
    void structuredDataAndOpenGraphSayWhenItChanged() throws Exception {
        Document page = page("notices/2022/week/index.html");
        JsonNode graph = new ObjectMapper().readTree(page.selectFirst("head script[type=application/ld+json]").data()).path("@graph");

        assertThat(graph.get(0).path("datePublished").asText()).isEqualTo("2022-05-20");
        assertThat(graph.get(0).path("dateModified").asText()).isEqualTo("2022-05-28");
        assertThat(page.selectFirst("meta[property=article:modified_time]").attr("content")).isEqualTo("2022-05-28");
    }
}
