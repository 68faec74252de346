package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two names that look the same are either the same (only their Unicode form differs, so the build
 * just works) or reported with what differs: an invisible character, full-width and half-width,
 * letter case, spaces.
 */
@ExtendWith(TestSiteExtension.class)
class LookAlikeNamesTest {

    static final String BUNDLE = "content/notices/sci-week/";
    static final String FILE = BUNDLE + "index.md";
    static final String NFC_NAME = "附件1 Zhōngguó kēpǔ 报名表.docx";

    @TempDir
    Path output;

    @Test
    void anAttachmentSavedOnAMacIsFoundUnderTheNameTypedOnWindows(TestSite site) throws Exception {
        String decomposed = Normalizer.normalize(NFC_NAME, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(NFC_NAME);
        site.write(BUNDLE + decomposed, TestSite.OFFICE_FILE);
        site.write(FILE, AttachmentMistakesTest.HEADER + "  - title: 报名表\n    file: " + NFC_NAME + "\n---\n");

        assertThat(site.check().problems()).isEmpty();
        site.build(output, LocalDate.of(2022, 5, 24));

        String page = Files.readString(output.resolve("notices/sci-week/index.html"));
        try (var files = Files.list(output.resolve("notices/sci-week"))) {
            assertThat(files.map(f -> f.getFileName().toString())).contains(decomposed);
        }
        assertThat(page).contains("报名表");
    }

    @Test
    void aFullWidthDigitInAnAttachmentNameIsNamedAsTheDifference(TestSite site) throws IOException {
        site.write(BUNDLE + "附件1.docx", TestSite.OFFICE_FILE);
        site.write(FILE, AttachmentMistakesTest.HEADER + "  - title: 报名表\n    file: 附件１.docx\n---\n");

        CheckRun run = site.check();

        assertThatProblem(run.onlyProblem()).isAt(FILE, 7, "attachments[1].file")
                .hasHintContaining("文件夹里有“附件1.docx”，全角和半角不同：这里写的是“１”，实际是“1”");
    }

    @Test
    void aZeroWidthSpaceInAnIdIsNamedAsTheDifference(TestSite site) throws IOException {
        site.write("content/notices/a.md", "---\ntitle: 通知\ndate: 2022-05-24\nagencies: [kjj\u200B]\n---\n");

        CheckRun run = site.check();

        assertThatProblem(run.onlyProblem()).isAt("content/notices/a.md", 4, "agencies")
                .hasHintContaining("是不是想写 kjj？这里写的“kjj”中含有看不见的字符 U+200B（零宽空格），请删除它");
    }

    @Test
    void aFieldNameWithAnInvisibleCharacterIsNamedAsTheDifference(TestSite site) throws IOException {
        site.write("content/notices/a.md", "---\ntitle: 通知\ndate: 2022-05-24\nagencies: [kjj]\nsummary\u200B: 摘要\n---\n");

        assertThatProblem(site.check().onlyProblem()).isAt("content/notices/a.md", 5, "summary\u200B")
                .hasHintContaining("是不是想写 summary？这里写的“summary”中含有看不见的字符 U+200B（零宽空格）");
    }
}
