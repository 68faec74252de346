package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a document's front matter starts and ends, and on which lines its parts begin. */
class FrontMatterTest {

    @Test
    void splitsAtTheTwoDashLinesAndCountsLines() throws Exception {
        FrontMatter parts = FrontMatter.split("---\ntitle: 通知\ndate: 2022-05-24\n---\n正文\n");

        assertThat(parts).isEqualTo(new FrontMatter("title: 通知\ndate: 2022-05-24\n", 2, "正文\n", 5));
    }

    @Test
    void toleratesBlankLinesBeforeTheOpeningLine() throws Exception {
        FrontMatter parts = FrontMatter.split("\n \t\n---\ntitle: 通知\n---\n");

        assertThat(parts).isEqualTo(new FrontMatter("title: 通知\n", 4, "", 6));
    }

    @Test
    void closesAtThreeDotsOrAtDashesWithSpacesAround() throws Exception {
        assertThat(FrontMatter.split("---\ntitle: a\n...\n正文").body()).isEqualTo("正文");
        assertThat(FrontMatter.split("---\ntitle: a\n  ---\u3000 \n正文").body()).isEqualTo("正文");
    }

    @Test
    void aLongerRuleOrDashesInsideAValueDoNotCloseIt() throws Exception {
        FrontMatter parts = FrontMatter.split("---\ntitle: a\nsummary: ---\n----\n- --\n---\n正文");

        assertThat(parts.yaml()).isEqualTo("title: a\nsummary: ---\n----\n- --\n");
        assertThat(parts.bodyFirstLine()).isEqualTo(7);
    }
}
