package org.gazette.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a file's format and size are worded before it is downloaded. */
class FileFormatsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "附件2 2022年全国科技活动周开展情况统计表.xlsx | Excel 电子表格（XLSX）",
            "通知.PDF                                   | PDF 文档（PDF）",
            "统计表.csv                                 | 纯文本表格（CSV）",
            "方案.docx                                  | Word 文档（DOCX）",
            "说明.wps                                   | WPS 文字文档（WPS）",
            "数据.xyz                                   | XYZ 文件",
            "README                                     | 文件"})
    void namesTheFormatInWords(String file, String words) {
        assertThat(FileFormats.describe(file)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} bytes read {1}")
    @CsvSource(delimiter = '|', value = {
            "0        | 0 字节",
            "532      | 532 字节",
            "1024     | 1.0 KB",
            "4915     | 4.8 KB",
            "12288    | 12 KB",
            "1258291  | 1.2 MB",
            "52428800 | 50 MB"})
    void writesSizesForPeople(long bytes, String words) {
        assertThat(FileFormats.size(bytes)).isEqualTo(words);
    }

    @Test
    void ignoresDotsInFolderNames() {
        assertThat(FileFormats.extension("v1.2/附件")).isEmpty();
    }
}
