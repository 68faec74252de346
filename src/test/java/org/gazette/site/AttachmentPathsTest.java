package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the spreadsheets generated from body tables are published. */
class AttachmentPathsTest {

    @Test
    void namesTheDownloadAfterTheAttachmentBesideThePage() {
        var document = Documents.notice("xinxiang", LocalDate.of(2022, 5, 24), List.of(), List.of());

        assertThat(AttachmentPaths.tableDownload(document, "2022年全国科技活动周开展情况统计表", "xlsx"))
                .isEqualTo("notices/xinxiang/2022年全国科技活动周开展情况统计表.xlsx");
    }

    @Test
    void replacesWhatNoFileSystemAccepts() {
        assertThat(AttachmentPaths.fileStem("附件1/统计表: \"汇总\"?")).isEqualTo("附件1_统计表_ _汇总__");
        assertThat(AttachmentPaths.fileStem(" ..表格.. ")).isEqualTo("表格");
        assertThat(AttachmentPaths.fileStem("...")).isEqualTo("表格");
    }

    @Test
    void shortensVeryLongTitles() {
        assertThat(AttachmentPaths.fileStem("表".repeat(200))).hasSize(AttachmentPaths.MAX_STEM);
    }
}
