package org.gazette.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.gazette.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Atom feeds, read by Rome as a feed reader reads them: the site's {@code feed.xml} and one per
 * agency and campaign edition with published notices or plans, each entry with the full cleaned text
 * of its page, and linked from the pages they are the feeds of.
 */
class AtomFeedsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    static Path folder;

    static Path out;

    @BeforeAll
    static void buildTheSite() throws Exception {
        out = folder.resolve("site");
        FeedSite.build(TestSite.in(folder.resolve("src")), out);
    }

    static SyndFeed read(String path) throws Exception {
        try (XmlReader reader = new XmlReader(out.resolve(path).toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    static Date day(int month, int day) {
        return Date.from(LocalDate.of(2022, month, day).atStartOfDay(ZONE).toInstant());
    }

    @Test
    void theSiteFeedIsAtomWithTheFullTextOfEachEntry() throws Exception {
        SyndFeed feed = read("feed.xml");

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).isEqualTo("https://kjj.example.gov.cn/");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(
                "关于开展科技活动周的通知 " + FeedSite.TRICKY, "科技活动周实施方案", "较早的通知");
        SyndContent content = feed.getEntries().get(0).getContents().get(0);
        assertThat(content.getType()).isEqualTo("html");
        String page = Jsoup.parse(out.resolve("notices/2022/week/index.html").toFile(), "UTF-8")
                .selectFirst(".document-body").text();
        assertThat(Jsoup.parseBodyFragment(content.getValue()).text()).isEqualTo(page).contains("</script> & <b>");
        assertThat(Jsoup.parseBodyFragment(content.getValue()).select("a").first().attr("href"))
                .isEqualTo("https://kjj.example.gov.cn/notices/2022/week/%E6%8A%A5%E5%90%8D%E8%A1%A8.docx");
    }

    @Test
    void anEntryIsDatedByPublicationAndLastChangeAndNamesItsAgencies() throws Exception {
        SyndFeed feed = read("feed.xml");
        SyndEntry notice = feed.getEntries().get(0);

        assertThat(notice.getPublishedDate()).isEqualTo(day(5, 20));
        assertThat(notice.getUpdatedDate()).isEqualTo(day(5, 28));
        assertThat(feed.getPublishedDate()).as("the feed's updated: its latest change").isEqualTo(day(5, 28));
        assertThat(notice.getAuthors()).extracting(a -> a.getName()).containsExactly("某县科学技术局", "某县科学技术协会");
        assertThat(notice.getCategories()).extracting(c -> c.getName()).containsExactly("科普", "科技活动周");
        assertThat(notice.getLink()).isEqualTo("https://kjj.example.gov.cn/notices/2022/week/");
    }

    @Test
    void agenciesAndCampaignsWithNoticesHaveTheirOwnFeeds() throws Exception {
        assertThat(read("feeds/agencies/kjj.xml").getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("关于开展科技活动周的通知 " + FeedSite.TRICKY, "较早的通知");
        assertThat(read("feeds/agencies/kx.xml").getTitle()).isEqualTo("某县科学技术协会发布的文件 - 测试科技局网站");
        assertThat(read("feeds/campaigns/sci-week-2022.xml").getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("关于开展科技活动周的通知 " + FeedSite.TRICKY, "科技活动周实施方案");
        assertThat(out.resolve("feeds/agencies/qx.xml")).doesNotExist();
        assertThat(out.resolve("feeds/campaigns/sci-day-2022.xml")).doesNotExist();
    }

    @Test
    void theAgencyPageAndTheCampaignCalendarLinkTheirFeeds() throws Exception {
        assertLinksFeed("agencies/kjj/index.html", "/feeds/agencies/kjj");
        assertLinksFeed("calendar/campaigns/sci-week-2022/index.html", "/feeds/campaigns/sci-week-2022");
    }

    private static void assertLinksFeed(String page, String feed) throws Exception {
        Document html = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
        assertThat(html.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("/feed.xml", feed + ".xml");
        assertThat(html.select("head link[rel=alternate][type=application/feed+json]").eachAttr("href"))
                .containsExactly("/feed.json", feed + ".json");
        assertThat(html.select("main .feed-links").text()).startsWith("订阅");
        assertThat(html.select("main .feed-links a").eachAttr("href")).containsExactly(feed + ".xml", feed + ".json");
    }

    @Test
    void anAgencyWithoutNoticesOffersNoFeed() throws Exception {
        Document html = Jsoup.parse(out.resolve("agencies/qx/index.html").toFile(), "UTF-8");

        assertThat(html.select("head link[rel=alternate]").eachAttr("href")).containsExactly("/feed.xml", "/feed.json");
        assertThat(html.select(".feed-links")).isEmpty();
    }

    @Test
    void everyPageAnnouncesTheSiteFeedInBothFormats() throws Exception {
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");

        assertThat(home.select("link[rel=alternate][type=application/feed+json]").attr("href")).isEqualTo("/feed.json");
    }

    @Test
    void aFeedHoldsTheThirtyNewest(@TempDir Path other) throws Exception {
        TestSite site = TestSite.in(other.resolve("src"));
        for (int i = 1; i <= 31; i++) {
            site.write("content/notices/n" + i + ".md", TestSite.NOTICE.replace("title: 通知", "title: 第" + i + "号通知")
                    .replace("2022-05-24", LocalDate.of(2022, 1, 1).plusDays(i).toString()));
        }
        site.build(other.resolve("site"), FeedSite.DAY);

        List<SyndEntry> entries = new SyndFeedInput().build(new XmlReader(other.resolve("site/feed.xml").toFile())).getEntries();
        assertThat(entries).hasSize(30);
        assertThat(entries.get(0).getTitle()).isEqualTo("第31号通知");
        assertThat(entries.get(29).getTitle()).isEqualTo("第2号通知");
        assertThat(Files.readString(other.resolve("site/feeds/agencies/kjj.json"))).doesNotContain("第1号通知\"");
    }
}
