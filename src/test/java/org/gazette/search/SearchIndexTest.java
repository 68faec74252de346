package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gazette.content.Document;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An index kept across builds, as the preview's builder keeps it, writes after any edit exactly the
 * files a first build of the same documents writes, and changes only the files the edit reached.
 */
@ExtendWith(TestSiteExtension.class)
class SearchIndexTest {

    private TestSite site;
    private final List<SearchDocument> documents = new ArrayList<>();
    private final SearchIndex kept = new SearchIndex();
    private SortedMap<String, String> before;

    @BeforeEach
    void indexFortyNotices(TestSite site) throws IOException {
        this.site = site;
        for (int i = 0; i < 40; i++) {
            documents.add(entry(i, "第" + i + "号通知", "2022-05-" + String.format("%02d", i % 28 + 1),
                    "本次活动在第" + i + "会场举行，请各单位做好准备。"));
        }
        before = text(kept.write(documents));
        assertThat(before).containsKeys("search/shards/7.json", "search/docs/3.json");
    }

    @Test
    void aBodyEditThatMovesWordsChangesOnlyTheShardsOfThoseWordsAndItsChunk() throws IOException {
        SearchDocument edited = documents.get(5);
        // 会场 and 场举 leave the document (they stay in the others), 礼堂 and 堂举 enter the index: four tokens.
        documents.set(5, new SearchDocument(edited.document(), edited.href(), edited.body().replace("会场", "礼堂")));

        SortedMap<String, String> after = assertSameAsFirstBuild();

        List<String> changed = changed(after);
        assertThat(changed).anyMatch(path -> path.startsWith("search/shards/"))
                .anyMatch(path -> path.startsWith("search/docs/"));
        // The shards of words the edit left alone and the other chunks keep their bytes.
        assertThat(changed.stream().filter(path -> path.startsWith("search/shards/"))).hasSizeBetween(1, 4);
        assertThat(changed.stream().filter(path -> path.startsWith("search/docs/"))).hasSize(1);
    }

    @Test
    void aTitleEditIsIndexedLikeAFirstBuild() throws IOException {
        replace(7, entry(7, "关于举办乐家湾科普日的通知", "2022-05-08", "本次活动在第7会场举行，请各单位做好准备。"));

        SortedMap<String, String> after = assertSameAsFirstBuild();

        String chunk = "search/docs/" + chunkOf(7) + ".json";
        assertThat(changed(after)).contains(chunk);
        assertThat(after.get(chunk)).contains("关于举办乐家湾科普日的通知");
    }

    @Test
    void aTitleEditKeepsTheFacetsFileAndAnAgencyEditWritesItAgainLikeAFirstBuild() throws IOException {
        SearchIndex.IndexFile facets = kept.write(documents).get(SearchIndexWriter.FACETS);
        replace(7, entry(7, "关于举办乐家湾科普日的通知", "2022-05-08", "本次活动在第7会场举行，请各单位做好准备。"));

        assertThat(kept.write(documents).get(SearchIndexWriter.FACETS)).isSameAs(facets);
        assertSameAsFirstBuild();

        replace(7, entry(7, "关于举办乐家湾科普日的通知", "2022-05-08", "本次活动在第7会场举行，请各单位做好准备。", "kx"));
        SortedMap<String, String> after = assertSameAsFirstBuild();
        assertThat(after.get(SearchIndexWriter.FACETS)).isNotEqualTo(before.get(SearchIndexWriter.FACETS));
    }

    @Test
    void aDateEditThatRenumbersTheDocumentsIsIndexedLikeAFirstBuild() throws IOException {
        replace(3, entry(3, "第3号通知", "2021-01-01", "本次活动在第3会场举行，请各单位做好准备。"));

        assertSameAsFirstBuild();
    }

    @Test
    void aDeletedDocumentLeavesEveryFileOfTheIndex() throws IOException {
        documents.remove(11);

        SortedMap<String, String> after = assertSameAsFirstBuild();

        assertThat(String.join("", after.values())).doesNotContain("第11号通知");
    }

    @Test
    void aNewDocumentIsIndexedLikeAFirstBuild() throws IOException {
        documents.add(entry(40, "新增的通知", "2022-05-30", "沙坡头区新时代文明实践中心。"));

        SortedMap<String, String> after = assertSameAsFirstBuild();

        assertThat(String.join("", after.values())).contains("新增的通知");
    }

    @Test
    void keptDocumentsCarryTheirPostingsOverWhenOthersAreRenumberedAndTheShardsDouble() throws IOException {
        // Words other than Chinese pairs (Latin, numbers) are the tokens the index numbers itself.
        for (int i = 0; i < documents.size(); i += 4) {
            SearchDocument edited = documents.get(i);
            documents.set(i, new SearchDocument(edited.document(), edited.href(), edited.body() + " WiFi 5G 2022 第" + i + "期"));
        }
        assertSameAsFirstBuild();
        // One build that edits, deletes and moves at once: every later document gets a new number.
        SearchDocument edited = documents.get(8);
        documents.set(8, new SearchDocument(edited.document(), edited.href(), "改为线上举行 Zoom 会议"));
        documents.remove(2);
        replace(20, entry(20, "第20号通知", "2020-01-01", "日期提前 WiFi 覆盖"));
        assertSameAsFirstBuild();
        // From 39 to 41 documents the shards go from 8 to 16: every kept posting moves shard.
        documents.add(entry(50, "新增的通知", "2022-05-30", "沙坡头区 5G 基站"));
        documents.add(entry(51, "又一个新增的通知", "2022-05-31", "科普 WiFi"));
        assertThat(SearchIndexWriter.shardCount(documents.size())).isGreaterThan(SearchIndexWriter.shardCount(documents.size() - 2));
        assertSameAsFirstBuild();
    }

    @Test
    void aFileWrittenOnceGivesTheSameBytesWhenAskedAgain() throws IOException {
        for (Map.Entry<String, SearchIndex.IndexFile> file : kept.write(documents).entrySet()) {
            java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
            file.getValue().writeTo(written);

            assertThat(new String(written.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(before.get(file.getKey()));
            assertThat(file.getValue().bytes()).as(file.getKey()).isEqualTo(written.toByteArray());
        }
        // And an edit after the files were written still indexes like a first build.
        SearchDocument edited = documents.get(9);
        documents.set(9, new SearchDocument(edited.document(), edited.href(), edited.body() + "改在礼堂。"));
        assertSameAsFirstBuild();
    }

    @Test
    void aSeriesOfEditsKeepsTheIndexEqualToAFirstBuildAfterEach() throws IOException {
        for (int round = 0; round < 6; round++) {
            int i = round * 7 % documents.size();
            SearchDocument edited = documents.get(i);
            documents.set(i, new SearchDocument(edited.document(), edited.href(), edited.body() + "第" + round + "次修改，增加科普讲座。"));
            assertSameAsFirstBuild();
        }
        documents.remove(0);
        assertSameAsFirstBuild();
        documents.add(entry(41, "又一个通知", "2022-05-15", "科普讲座。"));
        assertSameAsFirstBuild();
    }

    private SortedMap<String, String> assertSameAsFirstBuild() {
        SortedMap<String, String> rebuilt = text(kept.write(documents));
        assertThat(rebuilt).isEqualTo(text(new SearchIndex().write(documents)));
        return rebuilt;
    }

    private List<String> changed(SortedMap<String, String> after) {
        return after.keySet().stream().filter(path -> !after.get(path).equals(before.get(path))).toList();
    }

    private int chunkOf(int notice) {
        String href = documents.get(notice).href();
        List<SearchDocument> ordered = new ArrayList<>(documents);
        ordered.sort(SearchIndexWriter.ORDER);
        return ordered.stream().map(SearchDocument::href).toList().indexOf(href) / SearchIndexWriter.CHUNK;
    }

    private void replace(int index, SearchDocument document) {
        documents.set(index, document);
    }

    private SearchDocument entry(int i, String title, String date, String body) throws IOException {
        return entry(i, title, date, body, "kjj");
    }

    private SearchDocument entry(int i, String title, String date, String body, String agency) throws IOException {
        String path = "content/notices/n" + i + ".md";
        site.write(path, "---\ntitle: " + title + "\ndate: " + date + "\nagencies: [" + agency + "]\n---\n");
        Document document = site.read(path).document();
        assertThat(document).as("a valid notice").isNotNull();
        return new SearchDocument(document, "/" + document.url(), body);
    }

    private static SortedMap<String, String> text(Map<String, SearchIndex.IndexFile> files) {
        SortedMap<String, String> text = new TreeMap<>();
        files.forEach((path, file) -> text.put(path, new String(file.bytes(), StandardCharsets.UTF_8)));
        return text;
    }
}
