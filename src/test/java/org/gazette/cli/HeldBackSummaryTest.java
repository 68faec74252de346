package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.gazette.site.BuildDay;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} and {@code check} end by naming what they did not publish: drafts, and documents
 * scheduled for a later day with how many, the earliest date and each file with its date.
 * The documents here are dated 2099, after any day these tests run on.
 */
@ExtendWith(TestSiteExtension.class)
class HeldBackSummaryTest {

    private static TestSite siteWithTwoScheduled(TestSite site) throws Exception {
        site.write("content/notices/now.md", TestSite.NOTICE);
        site.write("content/notices/b.md", TestSite.NOTICE.replace("2022-05-24", "2099-03-01"));
        site.write("content/notices/a.md", TestSite.NOTICE.replace("2022-05-24", "2099-01-01"));
        return site;
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = GazetteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    private static String today() {
        return BuildDay.resolve(java.time.ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void checkSaysHowManyAreHeldBackUntilWhenAndEachFile(TestSite site) throws Exception {
        siteWithTwoScheduled(site);

        String[] check = run("check", "--source", site.root().toString());

        assertThat(check[0]).isEqualTo("0");
        assertThat(check[1]).contains("检查通过：1 篇文档").contains(String.join("\n",
                "以下 2 篇文档定时发布（date 晚于今天 " + today() + "），暂不发布；最早一篇 2099-01-01 发布，即那天及以后的第一次构建：",
                "  2099-01-01  content/notices/a.md",
                "  2099-03-01  content/notices/b.md"));
    }

    @Test
    void buildSaysTheSameAndDidNotPublishThem(TestSite site, @TempDir Path out) throws Exception {
        siteWithTwoScheduled(site);

        String[] build = run("build", "--source", site.root().toString(), "--output", out.toString());

        assertThat(build[0]).isEqualTo("0");
        assertThat(build[1]).contains("已生成 1 篇文档").contains(
                "以下 2 篇文档定时发布（date 晚于今天 " + today() + "），这次没有发布；最早一篇 2099-01-01 发布");
        assertThat(out.resolve("notices/a")).doesNotExist();
    }

    @Test
    void jsonListsTheScheduledDocumentsWithTheirDates(TestSite site) throws Exception {
        siteWithTwoScheduled(site);

        String[] check = run("check", "--source", site.root().toString(), "--format", "json");

        JsonNode scheduled = new ObjectMapper().readTree(check[1]).get("scheduled");
        assertThat(scheduled).hasSize(2);
        assertThat(scheduled.get(0).get("file").asText()).isEqualTo("content/notices/a.md");
        assertThat(scheduled.get(0).get("date").asText()).isEqualTo("2099-01-01");
    }

    @Test
    void theGithubFormatEndsTheLogWithTheSameList(TestSite site) throws Exception {
        siteWithTwoScheduled(site);

        String[] check = run("check", "--source", site.root().toString(), "--format", "github");

        assertThat(check[0]).isEqualTo("0");
        assertThat(check[1]).contains("  2099-03-01  content/notices/b.md");
    }

    @Test
    void nothingIsSaidWhenNothingIsScheduled(TestSite site) throws Exception {
        site.write("content/notices/now.md", TestSite.NOTICE);

        assertThat(run("check", "--source", site.root().toString())[1]).doesNotContain("定时发布");
    }
}
