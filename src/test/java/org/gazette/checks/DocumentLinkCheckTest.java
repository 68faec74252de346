package org.gazette.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.util.List;
import org.gazette.markup.RenderedBody;
import org.gazette.site.SiteIndex;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.gazette.validation.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A link to another document passes only when that document is published whenever the linking one
 * is; otherwise the linking document is told at the link's line, and a draft only warned.
 */
@ExtendWith(TestSiteExtension.class)
class DocumentLinkCheckTest {

    private static Problems check(TestSite site, SiteIndex index, String linker, String href, String target) {
        Problems problems = new Problems();
        List<RenderedBody.DocumentLink> links = List.of(new RenderedBody.DocumentLink(site.path(target), href, 7));
        DocumentLinkCheck.check(linker, site.read(linker).document(), links, index, problems);
        return problems;
    }

    @Test
    void aLinkToAPublishedDocumentPasses(TestSite site) throws Exception {
        site.write("content/notices/a.md", SiteReading.notice("通知甲", "2022-05-24", "正文。"))
                .write("content/notices/b.md", SiteReading.notice("通知乙", "2022-05-20", "正文。"));
        SiteIndex index = SiteReading.index(site, "content/notices/a.md", "content/notices/b.md");

        Problems problems = check(site, index, "content/notices/a.md", "b.md", "content/notices/b.md");

        assertThat(problems.errors()).isEmpty();
        assertThat(problems.warnings()).isEmpty();
    }

    @Test
    void aLinkToADocumentScheduledLaterIsAnErrorNamingItsDate(TestSite site) throws Exception {
        site.write("content/notices/a.md", SiteReading.notice("通知甲", "2022-05-24", "正文。"))
                .write("content/notices/b.md", SiteReading.notice("通知乙", "2022-06-01", "正文。"));
        SiteIndex index = SiteReading.index(site, "content/notices/a.md", "content/notices/b.md");

        Problems problems = check(site, index, "content/notices/a.md", "b.md", "content/notices/b.md");

        assertThat(problems.errors()).singleElement().satisfies(problem -> assertThatProblem(problem)
                .isAt("content/notices/a.md", 7, "正文")
                .hasMessageContaining("链接“b.md”指向的文档定于 2022-06-01 才发布，本文档发布时这个链接会打不开")
                .hasHintContaining("把本文档的 date 也定为 2022-06-01 或更晚"));
    }

    @Test
    void twoDocumentsScheduledForTheSameDayMayLinkToEachOther(TestSite site) throws Exception {
        site.write("content/notices/a.md", SiteReading.notice("通知甲", "2022-06-01", "正文。"))
                .write("content/notices/b.md", SiteReading.notice("通知乙", "2022-06-01", "正文。"));
        SiteIndex index = SiteReading.index(site, "content/notices/a.md", "content/notices/b.md");

        Problems problems = check(site, index, "content/notices/a.md", "b.md", "content/notices/b.md");

        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void aLinkToADraftIsAnErrorSayingItIsNotPublished(TestSite site) throws Exception {
        site.write("content/notices/a.md", SiteReading.notice("通知甲", "2022-05-24", "正文。"))
                .write("content/notices/b.md", SiteReading.notice("通知乙", "2022-05-20", true, "正文。"));
        SiteIndex index = SiteReading.index(site, "content/notices/a.md", "content/notices/b.md");

        Problems problems = check(site, index, "content/notices/a.md", "b.md", "content/notices/b.md");

        assertThat(problems.errors()).singleElement().satisfies(problem -> assertThatProblem(problem)
                .isAt("content/notices/a.md", 7, "正文")
                .hasMessageContaining(org.gazette.markup.BodyRenderer.unpublishedLinkMessage("b.md"))
                .hasHintContaining(org.gazette.markup.BodyRenderer.UNPUBLISHED_LINK_HINT));
    }

    @Test
    void aLinkToADocumentThatWasNotReadIsAnError(TestSite site) throws Exception {
        site.write("content/notices/a.md", SiteReading.notice("通知甲", "2022-05-24", "正文。"));
        SiteIndex index = SiteReading.index(site, "content/notices/a.md");

        Problems problems = check(site, index, "content/notices/a.md", "broken.md", "content/notices/broken.md");

        assertThat(problems.errors()).singleElement().satisfies(problem -> assertThatProblem(problem)
                .hasMessageContaining(org.gazette.markup.BodyRenderer.unpublishedLinkMessage("broken.md")));
    }

    @Test
    void aDraftsBadLinkIsOnlyAWarningMarkedAsTheDrafts(TestSite site) throws Exception {
        site.write("content/notices/a.md", SiteReading.notice("通知甲", "2022-05-24", true, "正文。"))
                .write("content/notices/b.md", SiteReading.notice("通知乙", "2022-06-01", "正文。"));
        SiteIndex index = SiteReading.index(site, "content/notices/a.md", "content/notices/b.md");

        Problems problems = check(site, index, "content/notices/a.md", "b.md", "content/notices/b.md");

        assertThat(problems.errors()).isEmpty();
        assertThat(problems.warnings()).singleElement().satisfies(problem -> assertThatProblem(problem)
                .isAt("content/notices/a.md", 7, "正文")
                .hasMessageContaining("（草稿）链接“b.md”指向的文档定于 2022-06-01 才发布"));
    }
}
