package org.gazette.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The site's robots.txt: crawlers may read everything and learn where the sitemap is; no document takes its address. */
@ExtendWith(TestSiteExtension.class)
class RobotsFileTest {

    @TempDir
    Path output;

    @Test
    void allowsEveryCrawlerEverywhereAndNamesTheSitemap(TestSite site) throws Exception {
        site.write("content/notices/a.md", TestSite.NOTICE);
        site.build(output, LocalDate.of(2026, 5, 10));

        String robots = Files.readString(output.resolve("robots.txt"), StandardCharsets.UTF_8);

        assertThat(robots.lines()).containsExactly("User-agent: *", "Disallow:", "", "Sitemap: https://kjj.example.gov.cn/sitemap.xml");
        assertThat(output.resolve("sitemap.xml")).isRegularFile();
    }

    @Test
    void namesTheSitemapBelowTheSitesBasePath(TestSite site) throws Exception {
        site.write("data/site.yaml", TestSite.SITE_YAML.replace("base_url: https://kjj.example.gov.cn",
                "base_url: https://www.example.gov.cn/kjj/"));
        site.build(output, LocalDate.of(2026, 5, 10));

        assertThat(Files.readString(output.resolve("robots.txt"), StandardCharsets.UTF_8))
                .contains("Sitemap: https://www.example.gov.cn/kjj/sitemap.xml\n");
    }

    @Test
    void pageFolderNamedLikeItIsReported(TestSite site) throws IOException {
        site.write("content/robots.txt.md", """
                ---
                title: 抓取说明
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt("content/robots.txt.md", 0, null)
                .hasMessageContaining("与“robots.txt（搜索引擎抓取规则）”发布到同一个地址 /robots.txt/")
                .hasHintContaining("这个地址留给网站自动生成的页面");
    }
}
