package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.gazette.content.Document;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search index files: what each holds, how matches are weighed, and that the bytes depend only on the documents. */
@ExtendWith(TestSiteExtension.class)
class SearchIndexWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Document notice(TestSite site, String name, String frontMatter) throws IOException {
        site.write("content/notices/" + name + ".md", "---\n" + frontMatter + "\n---\n");
        Document document = site.read("content/notices/" + name + ".md").document();
        assertThat(document).as("a valid notice").isNotNull();
        return document;
    }

    private static SearchDocument entry(Document document, String body) {
        return new SearchDocument(document, "/" + document.url(), body);
    }

    private static JsonNode json(SortedMap<String, byte[]> files, String path) throws IOException {
        assertThat(files).containsKey(path);
        return JSON.readTree(files.get(path));
    }

    /** The postings of a token: document number and weight pairs. */
    private static List<int[]> postings(SortedMap<String, byte[]> files, String token) throws IOException {
        int shards = json(files, SearchIndexWriter.MANIFEST).get("shards").asInt();
        JsonNode shard = json(files, "search/shards/" + SearchIndexWriter.shardOf(token, shards) + ".json");
        List<int[]> pairs = new ArrayList<>();
        if (shard.has(token)) {
            int[] numbers = Varints.read(shard.get(token).asText());
            int document = 0;
            for (int i = 0; i < numbers.length; i += 2) {
                document += numbers[i];
                pairs.add(new int[] {document, numbers[i + 1]});
            }
        }
        return pairs;
    }

    @Test
    void aTitleMatchWeighsMoreThanABodyMatchAndDocumentsAreNumberedNewestFirst(TestSite site) throws IOException {
        Document inTitle = notice(site, "title", "title: 乐家湾社区科普活动\ndate: 2022-05-01\nagencies: [kjj]");
        Document inBody = notice(site, "body", "title: 科技活动周通知\ndate: 2022-06-01\nagencies: [kjj]");

        SortedMap<String, byte[]> files = SearchIndexWriter.write(List.of(entry(inTitle, "正文。"),
                entry(inBody, "活动在乐家湾、乐家湾和乐家湾广场举行。")));

        List<int[]> postings = postings(files, "乐家");
        assertThat(postings).hasSize(2);
        // Document 0 is the newer one (the body match), document 1 the title match.
        assertThat(postings.get(0)[0]).isZero();
        assertThat(postings.get(1)[0]).isEqualTo(1);
        assertThat(postings.get(1)[1]).isEqualTo(SearchIndexWriter.TITLE);
        assertThat(postings.get(0)[1]).isEqualTo(SearchIndexWriter.bodyWeight(3)).isLessThan(SearchIndexWriter.TITLE);
    }

    @Test
    void documentNumbersAgenciesCampaignsAndTopicsAreWeighedAboveTheBody(TestSite site) throws IOException {
        Document document = notice(site, "a", """
                title: 通知
                date: 2022-05-24
                agencies: [kx]
                doc_number: 临工科发〔2022〕13号
                campaign: sci-week-2022
                topics: [乡村振兴]
                summary: 请各乡镇报送材料。""");

        Map<String, Integer> weights = SearchIndexWriter.weights(entry(document, "乡村振兴 报送"));

        assertThat(weights).containsEntry("临工", SearchIndexWriter.NUMBER).containsEntry("13", SearchIndexWriter.NUMBER)
                .containsEntry("号", SearchIndexWriter.NUMBER)
                .containsEntry("科协", SearchIndexWriter.METADATA)
                .containsEntry("活动", SearchIndexWriter.METADATA)
                .containsEntry("振兴", SearchIndexWriter.METADATA + 1)
                .containsEntry("报送", SearchIndexWriter.SUMMARY + 1)
                .containsEntry("乡", SearchIndexWriter.METADATA);
        assertThat(weights.values()).allSatisfy(w -> assertThat(w).isBetween(1, SearchIndexWriter.MAX_WEIGHT));
    }

    @Test
    void singleCharactersOfTheBodyAreNotIndexedOnlyTheirPairs(TestSite site) throws IOException {
        Document document = notice(site, "a", "title: 通知\ndate: 2022-05-24\nagencies: [kjj]");

        Map<String, Integer> weights = SearchIndexWriter.weights(entry(document, "沙坡头"));

        assertThat(weights).containsKeys("沙坡", "坡头").doesNotContainKeys("沙", "坡", "头");
    }

    @Test
    void everyTokenIsInTheShardItsHashNamesAndShardsGrowInPowersOfTwo(TestSite site) throws IOException {
        List<SearchDocument> entries = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            entries.add(entry(notice(site, "n" + i, "title: 第" + i + "号通知\ndate: 2022-05-24\nagencies: [kjj]"),
                    "正文" + i));
        }

        SortedMap<String, byte[]> files = SearchIndexWriter.write(entries);

        JsonNode manifest = json(files, SearchIndexWriter.MANIFEST);
        assertThat(manifest.get("shards").asInt()).isEqualTo(4);
        assertThat(manifest.get("documents").asInt()).isEqualTo(15);
        for (int shard = 0; shard < 4; shard++) {
            int number = shard;
            json(files, "search/shards/" + shard + ".json").fieldNames().forEachRemaining(token ->
                    assertThat(SearchIndexWriter.shardOf(token, 4)).as(token).isEqualTo(number));
        }
        assertThat(files.keySet()).filteredOn(path -> path.startsWith("search/docs/"))
                .containsExactlyInAnyOrder("search/docs/0.json", "search/docs/1.json");
        assertThat(json(files, "search/docs/1.json")).hasSize(5);
        assertThat(SearchIndexWriter.shardCount(0)).isEqualTo(1);
        assertThat(SearchIndexWriter.shardCount(10_000)).isEqualTo(2048);
    }

    @Test
    void theShardHashIsFnv1aAsTheScriptComputesIt() {
        // FNV-1a 32-bit of "a" is 0xe40c292c; of the UTF-16 units of 科普 it is worked out the same way.
        assertThat(SearchIndexWriter.shardOf("a", Integer.MAX_VALUE)).isEqualTo((int) (0xe40c292cL % Integer.MAX_VALUE));
    }

    @Test
    void theManifestSaysOnlyHowManyDocumentsShardsAndDocumentsAChunkSoItStaysTiny(TestSite site) throws IOException {
        List<SearchDocument> entries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            entries.add(entry(notice(site, "n" + i, "title: 通知" + i + "\ndate: 2022-05-01\nagencies: [kjj]"), ""));
        }

        byte[] manifest = SearchIndexWriter.write(entries).get(SearchIndexWriter.MANIFEST);

        assertThat(new String(manifest, StandardCharsets.UTF_8))
                .isEqualTo("{\"version\":2,\"documents\":30,\"shards\":8,\"chunk\":10}");
    }

    @Test
    void theFacetsFileListsFacetsAndEachDocumentsFacetValues(TestSite site) throws IOException {
        Document joint = notice(site, "a", "title: 联合通知\ndate: 2022-05-24\nagencies: [kjj, kx]\ncampaign: sci-week-2022");
        Document older = notice(site, "b", "title: 旧通知\ndate: 2021-03-01\nagencies: [kx]");

        JsonNode manifest = json(SearchIndexWriter.write(List.of(entry(older, ""), entry(joint, ""))), SearchIndexWriter.FACETS);

        assertThat(manifest.get("years").toString()).isEqualTo("[\"2022\",\"2021\"]");
        assertThat(manifest.get("agencies").toString()).isEqualTo("[[\"kjj\",\"某县科学技术局\"],[\"kx\",\"某县科学技术协会\"]]");
        assertThat(manifest.get("campaigns").toString()).isEqualTo("[[\"sci-week-2022\",\"2022年全国科技活动周\"]]");
        assertThat(manifest.get("types").toString()).isEqualTo("[[\"notice\",\"通知公告\"]]");
        // joint: type 0, year 2022 (+1), two agencies 0 and 1, one campaign 0; older: type 0, 2021 (+1), agency 1, none.
        assertThat(Varints.read(manifest.get("facets").asText())).containsExactly(0, 1, 2, 0, 1, 1, 0, 0, 2, 1, 1, 0);
    }

    @Test
    void aResultCarriesWhatTheListShowsAndTheStartOfTheTextForItsExcerpt(TestSite site) throws IOException {
        Document document = notice(site, "a", """
                title: 关于开展科普日活动的通知
                date: 2022-05-24
                agencies: [kjj]
                doc_number: 县科发〔2022〕1号
                summary: 一句话摘要。""");
        String body = "𠀾".repeat(SearchIndexWriter.EXCERPT);

        JsonNode result = json(SearchIndexWriter.write(List.of(entry(document, body))), "search/docs/0.json").get(0);

        assertThat(result.get("url").asText()).isEqualTo("/notices/a/");
        assertThat(result.get("title").asText()).isEqualTo("关于开展科普日活动的通知");
        assertThat(result.get("type").asText()).isEqualTo("通知公告");
        assertThat(result.get("date").asText()).isEqualTo("2022-05-24");
        assertThat(result.get("number").asText()).isEqualTo("县科发〔2022〕1号");
        assertThat(result.get("agencies").toString()).isEqualTo("[\"某县科学技术局\"]");
        String text = result.get("text").asText();
        assertThat(text).startsWith("一句话摘要。 𠀾").endsWith("𠀾…");
        assertThat(text.codePointCount(0, text.length())).isEqualTo(SearchIndexWriter.EXCERPT + 1);
    }

    @Test
    void theSameDocumentsInAnyOrderGiveTheSameBytes(TestSite site) throws IOException {
        List<SearchDocument> entries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            entries.add(entry(notice(site, "n" + i, "title: 通知" + i + "\ndate: 2022-05-" + (10 + i % 5)
                    + "\nagencies: [kjj]"), "正文第" + i + "段，科普🎉活动。"));
        }
        SortedMap<String, byte[]> first = SearchIndexWriter.write(entries);
        Collections.reverse(entries);
        SortedMap<String, byte[]> second = SearchIndexWriter.write(entries);

        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((path, bytes) -> assertThat(new String(second.get(path), StandardCharsets.UTF_8)).as(path)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Test
    void varintsReadBackWhatWasWritten() {
        StringBuilder out = new StringBuilder();
        int[] values = {0, 1, 31, 32, 1023, 1024, 1 << 20, Integer.MAX_VALUE};
        for (int value : values) {
            Varints.write(out, value);
        }
        assertThat(Varints.read(out.toString())).containsExactly(values);
        assertThat(out.toString()).matches("[0-9A-Za-z_-]+");
    }
}
