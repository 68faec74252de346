package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gazette.components.ComponentHarness;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attachments component (附件下载) rendered from fixtures the way document pages render it. */
class AttachmentsComponentTest {

    @TempDir
    static Path scratch;
    static ComponentHarness harness;

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final AttachmentView XLSX = new AttachmentView("附件1：统计表", "/notices/a/%E9%99%84%E4%BB%B61%20%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx",
            "file", "Excel 电子表格（XLSX）", "12 KB", 0, SHA, false, null, List.of());
    static final AttachmentView PDF = new AttachmentView("关于开展科技活动周的通知（盖章件）", "/notices/a/scan.pdf", "file",
            "PDF 文档（PDF）", "1.2 MB", 3, SHA, true, "加盖公章的扫描件", List.of());
    static final AttachmentView TABLE = new AttachmentView("开展情况统计表", "#table-1", "table", "正文中的表格", null, 0,
            null, false, null, List.of(
                    new AttachmentView.Download("Excel 电子表格（XLSX）", "/notices/a/%E8%A1%A8.xlsx", "xlsx", "4.7 KB"),
                    new AttachmentView.Download("纯文本表格（CSV）", "/notices/a/%E8%A1%A8.csv", "csv", "897 字节")));
    static final AttachmentView LINK = new AttachmentView("全国科技活动周官网", "https://www.most.gov.cn/kjzx/", "url",
            "外部网站（www.most.gov.cn）", null, 0, null, false, null, List.of());

    @BeforeAll
    static void setUp() {
        harness = new ComponentHarness(scratch, LocalDate.of(2026, 6, 10));
    }

    private static Element render(AttachmentView... items) {
        return harness.render("attachments", "attachments", Map.of("items", List.of(items)));
    }

    @Test
    void saysFormatAndSizeBeforeTheDownload() {
        Element item = render(XLSX).selectFirst("li.attachment");

        assertThat(item.selectFirst(".attachment-title a").text()).isEqualTo("附件1：统计表");
        assertThat(item.selectFirst(".attachment-title a").hasAttr("download")).isTrue();
        assertThat(item.selectFirst("p.attachment-meta").text()).isEqualTo("Excel 电子表格（XLSX），12 KB");
    }

    @Test
    void keepsTheEncodedLinkAsGiven() {
        assertThat(render(XLSX).selectFirst(".attachment-title a").attr("href"))
                .isEqualTo("/notices/a/%E9%99%84%E4%BB%B61%20%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx");
    }

    @Test
    void countsThePagesOfAPdf() {
        assertThat(render(PDF).selectFirst("p.attachment-meta").text()).isEqualTo("PDF 文档（PDF），3 页，1.2 MB");
    }

    @Test
    void marksTheOriginal() {
        assertThat(render(PDF).selectFirst(".badge-original").text()).isEqualTo("原文");
        assertThat(render(XLSX).select(".badge-original")).isEmpty();
    }

    @Test
    void foldsTheChecksumAway() {
        Element details = render(XLSX).selectFirst("details.attachment-checksum");

        assertThat(details.hasAttr("open")).isFalse();
        assertThat(details.selectFirst("code").text()).isEqualTo(SHA);
        assertThat(details.selectFirst("summary").text()).isEqualTo("文件校验码：附件1：统计表");
    }

    @Test
    void offersATableAsSpreadsheets() {
        Element item = render(TABLE).selectFirst("li.attachment-table");

        assertThat(item.selectFirst(".attachment-title a").attr("href")).isEqualTo("#table-1");
        assertThat(item.select(".attachment-downloads a").eachText())
                .containsExactly("下载 Excel 电子表格（XLSX）：开展情况统计表", "下载 纯文本表格（CSV）：开展情况统计表");
        assertThat(item.select(".attachment-downloads a").eachAttr("href"))
                .containsExactly("/notices/a/%E8%A1%A8.xlsx", "/notices/a/%E8%A1%A8.csv");
        assertThat(item.select(".attachment-downloads li").eachText()).containsExactly(
                "下载 Excel 电子表格（XLSX）：开展情况统计表，4.7 KB", "下载 纯文本表格（CSV）：开展情况统计表，897 字节");
    }

    @Test
    void namesTheSiteAnExternalLinkLeadsTo() {
        Element item = render(LINK).selectFirst("li.attachment-url");

        assertThat(item.selectFirst("p.attachment-meta").text()).isEqualTo("外部网站（www.most.gov.cn）");
        assertThat(item.selectFirst("a").attr("rel")).isEqualTo("external noopener");
        assertThat(item.selectFirst("a").hasAttr("download")).isFalse();
    }

    @Test
    void keepsTheDocumentsOrder() {
        assertThat(render(PDF, XLSX, LINK).select(".attachment-title a").eachText())
                .containsExactly(PDF.title(), XLSX.title(), LINK.title());
    }
}
