package org.gazette.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.util.List;
import org.gazette.pages.PageMeta;
import org.gazette.pages.PlannedPage;
import org.gazette.site.SiteIndex;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.gazette.validation.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No two pages share an address, without regard to case: a document's page may not take a generated
 * page's address, a generated file's name (robots.txt and the JSON feeds too) as its folder, an address under assets/, or another
 * document's address.
 */
@ExtendWith(TestSiteExtension.class)
class AddressCheckTest {

    private static PlannedPage generated(String outputPath, String origin) {
        return new PlannedPage("list", outputPath, new PageMeta("列表", outputPath, null, List.of(), null), null, origin);
    }

    @Test
    void aDocumentAtAGeneratedPagesAddressIsToldTheAddressIsReserved(TestSite site) throws Exception {
        site.write("content/Notices.md", SiteReading.notice("通知", "2022-05-24", "正文。"));
        SiteIndex index = SiteReading.index(site, "content/Notices.md");
        Problems problems = new Problems();

        AddressCheck.check(index, List.of(generated("notices/index.html", "通知公告列表")), problems);

        assertThat(problems.errors()).hasSize(1);
        assertThatProblem(problems.errors().get(0)).isAt("content/Notices.md", 0, null)
                .hasMessageContaining("与“通知公告列表”发布到同一个地址 /Notices/")
                .hasHintContaining("这个地址留给网站自动生成的页面");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            content/feed.xml.md      | feed.xml | Atom 订阅 | 与“Atom 订阅”发布到同一个地址 /feed.xml/
            content/feed.json.md     |          |           | 与“JSON Feed 订阅：测试科技局网站”发布到同一个地址 /feed.json/
            content/robots.txt.md    |          |           | 与“robots.txt（搜索引擎抓取规则）”发布到同一个地址 /robots.txt/
            content/assets/notice.md |          |           | 与“assets/ 文件夹”发布到同一个地址 /assets/notice/
            """)
    void aDocumentFolderNamedLikeAGeneratedFileOrUnderAssetsClashesWithIt(String source, String generatedFile, String origin,
                                                                           String message, TestSite site) throws Exception {
        site.write(source, SiteReading.notice("通知", "2022-05-24", "正文。"));
        SiteIndex index = SiteReading.index(site, source);
        Problems problems = new Problems();

        AddressCheck.check(index, generatedFile == null ? List.of() : List.of(generated(generatedFile, origin)), problems);

        assertThat(problems.errors()).singleElement().satisfies(problem -> assertThatProblem(problem).hasMessageContaining(message));
    }

    @Test
    void ofTwoDocumentsAtOneAddressTheLaterSourcePathIsBlamedNamingTheOther(TestSite site) throws Exception {
        site.write("content/notices/a.md", SiteReading.notice("通知甲", "2022-05-24", "正文。"))
                .write("content/notices/A/index.md", SiteReading.notice("通知乙", "2022-05-24", "正文。"));
        SiteIndex index = SiteReading.index(site, "content/notices/a.md", "content/notices/A/index.md");
        Problems problems = new Problems();

        AddressCheck.check(index, List.of(), problems);

        assertThat(problems.errors()).singleElement().satisfies(problem ->
                assertThatProblem(problem).isAt("content/notices/a.md", 0, null)
                        .hasMessageContaining("与“content/notices/A/index.md”发布到同一个地址 /notices/a/")
                        .hasHintContaining("给其中一个文档换个文件名或文件夹名"));
    }

    @Test
    void documentsAtTheirOwnAddressesPass(TestSite site) throws Exception {
        site.write("content/notices/a.md", SiteReading.notice("通知甲", "2022-05-24", "正文。"))
                .write("content/notices/b.md", SiteReading.notice("通知乙", "2022-05-24", "正文。"));
        SiteIndex index = SiteReading.index(site, "content/notices/a.md", "content/notices/b.md");
        Problems problems = new Problems();

        AddressCheck.check(index, List.of(generated("notices/index.html", "通知公告列表")), problems);

        assertThat(problems.errors()).isEmpty();
    }
}
