package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every build publishes the search index of the documents it publishes, and the search page that reads it. */
@ExtendWith(TestSiteExtension.class)
class SearchFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DAY = LocalDate.of(2022, 6, 1);

    @TempDir
    Path output;

    @Test
    void theIndexHoldsThePublishedDocumentsWithTheirBodyTextAndNoDraft(TestSite site) throws Exception {
        site.write("content/notices/a.md", TestSite.NOTICE + "活动在**乐家湾**广场举行。\n")
                .write("content/notices/draft.md", TestSite.NOTICE.replace("title: 通知", "title: 草稿\nstatus: draft"));
        site.build(output, DAY);

        JsonNode manifest = JSON.readTree(output.resolve("search/index.json").toFile());
        assertThat(manifest.get("documents").asInt()).isEqualTo(1);
        JsonNode result = JSON.readTree(output.resolve("search/docs/0.json").toFile()).get(0);
        assertThat(result.get("url").asText()).isEqualTo("/notices/a/");
        // The body's text, without its Markdown or HTML.
        assertThat(result.get("text").asText()).isEqualTo("活动在乐家湾广场举行。");
        JsonNode shard = JSON.readTree(output.resolve("search/shards/0.json").toFile());
        assertThat(shard.has("乐家")).isTrue();
        assertThat(shard.has("草稿")).isFalse();
    }

    @Test
    void resultAddressesAndTheSearchFormKeepTheSitesBasePath(TestSite site) throws Exception {
        site.write("data/site.yaml", TestSite.SITE_YAML.replace("base_url: https://kjj.example.gov.cn",
                "base_url: https://www.example.gov.cn/kjj/"));
        site.write("content/notices/a.md", TestSite.NOTICE);
        site.build(output, DAY);

        JsonNode result = JSON.readTree(output.resolve("search/docs/0.json").toFile()).get(0);
        assertThat(result.get("url").asText()).isEqualTo("/kjj/notices/a/");
        Document home = Jsoup.parse(output.resolve("index.html").toFile());
        assertThat(home.select("header form[role=search]").attr("action")).isEqualTo("/kjj/search/");
        Document search = Jsoup.parse(output.resolve("search/index.html").toFile());
        assertThat(search.select("#search-form").attr("action")).isEqualTo("/kjj/search/");
        assertThat(search.select("script[data-shards]")).hasSize(1);
        assertThat(search.select("script[data-shards]").attr("data-index")).isEqualTo("/kjj/search/index.json");
        assertThat(search.select("script[data-shards]").attr("data-shards")).isEqualTo("1");
    }

    @Test
    void withoutJavaScriptTheSearchPageLinksToTheListsThatReachEveryDocument(TestSite site) throws Exception {
        site.write("content/notices/a.md", TestSite.NOTICE);
        site.build(output, DAY);

        Document search = Jsoup.parse(output.resolve("search/index.html").toFile());
        assertThat(search.select("#search-form").hasAttr("hidden")).isTrue();
        assertThat(search.select("#search-noscript").text()).contains("需要浏览器开启 JavaScript");
        assertThat(search.select(".search-archives a").eachAttr("href")).contains("/notices/", "/sitemap/");
        for (String href : search.select(".search-archives a").eachAttr("href")) {
            assertThat(output.resolve(href.substring(1)).resolve("index.html")).as(href).isRegularFile();
        }
    }

    @Test
    void theSearchPageNamesTheIndexsShardCountSoAQueryNeedNotWaitForTheManifest(TestSite site) throws Exception {
        for (int i = 0; i < 12; i++) {
            site.write("content/notices/n" + i + ".md", TestSite.NOTICE.replace("title: 通知", "title: 通知" + i));
        }
        site.write("content/notices/draft.md", TestSite.NOTICE.replace("title: 通知", "title: 草稿\nstatus: draft"));
        site.build(output, DAY);

        JsonNode manifest = JSON.readTree(output.resolve("search/index.json").toFile());
        assertThat(manifest.get("documents").asInt()).isEqualTo(12);
        Document search = Jsoup.parse(output.resolve("search/index.html").toFile());
        assertThat(search.select("script[data-shards]").attr("data-shards")).isEqualTo(manifest.get("shards").asText()).isEqualTo("4");
    }

    @Test
    void theSearchScriptIsWrittenIntoTheHeadBeforeTheStylesheetSoItsIndexRequestsNeedNotWaitForAnother(TestSite site)
            throws Exception {
        site.write("content/notices/a.md", TestSite.NOTICE);
        site.build(output, DAY);

        Document search = Jsoup.parse(output.resolve("search/index.html").toFile());
        Element script = search.selectFirst("head script[data-shards]");
        assertThat(script).isNotNull();
        assertThat(script.hasAttr("src")).as("carried inline").isFalse();
        // The published file, minified, word for word: the one script, not a second copy to keep in step.
        assertThat(script.data()).isEqualTo(Files.readString(output.resolve("assets/js/search.js")).strip());
        // Before the stylesheet (an inline script after it would wait for it) and site.js.
        assertThat(script.elementSiblingIndex()).isLessThan(search.selectFirst("head link[rel=stylesheet]").elementSiblingIndex())
                .isLessThan(search.selectFirst("head script[src$=site.js]").elementSiblingIndex());
    }

    @Test
    void aPageScriptTheBuildDoesNotCarryInlineIsLinkedAndSearchJsIsStillPublishedForTemplatesThatLinkIt(TestSite site) throws Exception {
        site.write("content/notices/a.md", TestSite.NOTICE);
        site.write("templates/search.ftlh", Files.readString(site.root().resolve("templates/search.ftlh"))
                .replace("script=\"assets/js/search.js\"", "script=\"assets/js/other-search.js\""));
        site.write("assets/js/other-search.js", "(function () { \"use strict\"; }());\n");
        site.build(output, DAY);

        Document search = Jsoup.parse(output.resolve("search/index.html").toFile());
        Element script = search.selectFirst("head script[data-shards]");
        assertThat(script.attr("src")).as("a script the build does not carry inline is linked").isEqualTo("/assets/js/other-search.js");
        assertThat(script.hasAttr("async")).isTrue();
        // A bureau's own templates from before search.js was carried inline link it by address.
        assertThat(output.resolve("assets/js/search.js")).isRegularFile();
    }

    @Test
    void theSearchPageHasOneSearchBoxItsOwnAndOtherPagesTheHeaders(TestSite site) throws Exception {
        site.write("content/notices/a.md", TestSite.NOTICE);
        site.build(output, DAY);

        Document search = Jsoup.parse(output.resolve("search/index.html").toFile());
        assertThat(search.select("input[type=search]").eachAttr("id")).containsExactly("search-q");
        assertThat(search.select("[role=search]")).hasSize(1);
        Document notice = Jsoup.parse(output.resolve("notices/a/index.html").toFile());
        assertThat(notice.select("header input[type=search]").eachAttr("id")).containsExactly("site-search");
        assertThat(notice.select("script[src$=search.js]")).isEmpty();
    }

    @Test
    void aSiteWithoutDocumentsStillHasAnIndexThatFindsNothing(TestSite site) throws Exception {
        site.build(output, DAY);

        assertThat(JSON.readTree(output.resolve("search/index.json").toFile()).get("documents").asInt()).isZero();
        assertThat(Files.readString(output.resolve("search/shards/0.json"))).isEqualTo("{}");
    }
}
