package org.gazette.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gazette.testing.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Feeds ({@code feed.json} and one per agency and campaign) follow JSON Feed 1.1
 * (https://www.jsonfeed.org/version/1.1/): read back with Jackson, every field the spec requires is
 * there with the type it requires, every item carries the full text of its page, and any text an
 * editor can type comes back unchanged.
 */
class JsonFeedsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    static Path out;

    @BeforeAll
    static void buildTheSite() throws Exception {
        out = folder.resolve("site");
        FeedSite.build(TestSite.in(folder.resolve("src")), out);
    }

    static JsonNode read(String path) throws IOException {
        byte[] bytes = Files.readAllBytes(out.resolve(path));
        // The spec: UTF-8. A strict decoder throws on anything else.
        StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
        return JSON.readTree(bytes);
    }

    @Test
    void everyFeedHasTheTopLevelFieldsTheSpecRequires() throws IOException {
        for (String path : List.of("feed.json", "feeds/agencies/kjj.json", "feeds/agencies/kx.json",
                "feeds/campaigns/sci-week-2022.json")) {
            JsonNode feed = read(path);
            assertThat(feed.path("version").asText()).as(path).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(feed.path("title").isTextual()).as(path).isTrue();
            assertThat(feed.path("items").isArray()).as(path).isTrue();
            assertThat(feed.path("feed_url").asText()).as(path).isEqualTo("https://kjj.example.gov.cn/" + path);
            assertThat(feed.path("home_page_url").asText()).as(path).startsWith("https://kjj.example.gov.cn/");
            assertThat(feed.path("language").asText()).isEqualTo("zh-CN");
            for (JsonNode author : feed.path("authors")) {
                assertThat(author.path("name").isTextual()).isTrue();
            }
            for (JsonNode item : feed.path("items")) {
                assertItemFollowsTheSpec(path, item);
            }
        }
    }

    private static void assertItemFollowsTheSpec(String feed, JsonNode item) {
        assertThat(item.path("id").isTextual()).as(feed + " item id").isTrue();
        assertThat(item.has("content_html") || item.has("content_text")).as(feed + " item content").isTrue();
        assertThat(item.path("url").asText()).startsWith("https://kjj.example.gov.cn/");
        // RFC 3339 dates, which OffsetDateTime reads.
        OffsetDateTime published = OffsetDateTime.parse(item.path("date_published").asText());
        OffsetDateTime modified = OffsetDateTime.parse(item.path("date_modified").asText());
        assertThat(modified).isAfterOrEqualTo(published);
        assertThat(item.path("authors").isArray()).isTrue();
        for (JsonNode author : item.path("authors")) {
            assertThat(author.path("name").isTextual()).isTrue();
            assertThat(author.path("url").asText()).startsWith("https://kjj.example.gov.cn/agencies/");
        }
        if (item.has("tags")) {
            item.path("tags").forEach(tag -> assertThat(tag.isTextual()).isTrue());
        }
    }

    @Test
    void theSiteFeedHoldsNoticesAndPlansNewestFirstButNoSimplePage() throws IOException {
        assertThat(titles(read("feed.json"))).containsExactly("关于开展科技活动周的通知 " + FeedSite.TRICKY, "科技活动周实施方案",
                "较早的通知");
    }

    @Test
    void eachAgencyAndCampaignFeedHoldsItsOwnDocuments() throws IOException {
        assertThat(titles(read("feeds/agencies/kjj.json"))).containsExactly("关于开展科技活动周的通知 " + FeedSite.TRICKY, "较早的通知");
        assertThat(titles(read("feeds/agencies/kx.json"))).containsExactly("关于开展科技活动周的通知 " + FeedSite.TRICKY, "科技活动周实施方案");
        assertThat(titles(read("feeds/campaigns/sci-week-2022.json")))
                .containsExactly("关于开展科技活动周的通知 " + FeedSite.TRICKY, "科技活动周实施方案");
    }

    @Test
    void anAgencyOrCampaignWithOnlyHeldBackDocumentsHasNoFeed() {
        assertThat(out.resolve("feeds/agencies/qx.json")).doesNotExist();
        assertThat(out.resolve("feeds/campaigns/sci-day-2022.json")).doesNotExist();
    }

    @Test
    void anItemCarriesTheFullTextOfItsPageWithAbsoluteLinks() throws IOException {
        JsonNode item = read("feed.json").path("items").get(0);
        String html = item.path("content_html").asText();
        String page = Jsoup.parse(out.resolve("notices/2022/week/index.html").toFile(), "UTF-8")
                .selectFirst(".document-body").text();

        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo(page);
        assertThat(Jsoup.parseBodyFragment(html).select("a").eachAttr("href")).containsExactly(
                "https://kjj.example.gov.cn/notices/2022/week/%E6%8A%A5%E5%90%8D%E8%A1%A8.docx",
                "https://kjj.example.gov.cn/notices/",
                "https://kjj.example.gov.cn/notices/2022/week/#sec-2",
                "https://www.most.gov.cn/");
    }

    @Test
    void anItemNamesItsDatesAgenciesAndTags() throws IOException {
        JsonNode item = read("feed.json").path("items").get(0);

        assertThat(item.path("id").asText()).isEqualTo("https://kjj.example.gov.cn/notices/2022/week/");
        assertThat(item.path("date_published").asText()).isEqualTo("2022-05-20T00:00:00+08:00");
        assertThat(item.path("date_modified").asText()).isEqualTo("2022-05-28T00:00:00+08:00");
        assertThat(item.path("authors").findValuesAsText("name")).containsExactly("某县科学技术局", "某县科学技术协会");
        assertThat(item.path("tags").toString()).isEqualTo("[\"科普\",\"科技活动周\"]");
        assertThat(item.path("summary").asText()).isEqualTo("摘要 " + FeedSite.TRICKY);
    }

    @Test
    void textAnEditorCanTypeComesBackUnchanged() throws IOException {
        JsonNode item = read("feed.json").path("items").get(0);

        assertThat(item.path("title").asText()).isEqualTo("关于开展科技活动周的通知 " + FeedSite.TRICKY);
        assertThat(Jsoup.parseBodyFragment(item.path("content_html").asText()).text())
                .contains("正文 𠀀𪚥 😀 “引号” </script> & <b>");
    }

    @Test
    void draftsAndScheduledDocumentsAreInNoFeed() throws IOException {
        for (String path : List.of("feed.json", "feeds/agencies/kjj.json", "feeds/agencies/kx.json",
                "feeds/campaigns/sci-week-2022.json")) {
            assertThat(Files.readString(out.resolve(path))).doesNotContain("草稿", "定时");
        }
    }

    private static List<String> titles(JsonNode feed) {
        List<String> titles = new ArrayList<>();
        feed.path("items").forEach(item -> titles.add(item.path("title").asText()));
        return titles;
    }
}
