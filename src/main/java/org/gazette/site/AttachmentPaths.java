package org.gazette.site;

import java.util.List;
import java.util.Objects;
import org.gazette.content.Document;

/**
 * Where the spreadsheets generated from a body table ({@code table: true}) are published: beside the
 * document's page, named after the attachment's title, e.g.
 * {@code notices/2022/a/2022年全国科技活动周开展情况统计表.xlsx}, so the saved file is named as the
 * reader expects. Characters that no file system accepts are replaced.
 */
public final class AttachmentPaths {

    /** The spreadsheets every table attachment is offered as, in the order they are listed. */
    public static final List<String> TABLE_FORMATS = List.of("xlsx", "csv");

    /** Longest file name stem kept, in characters; titles are rarely longer. */
    static final int MAX_STEM = 80;

    private AttachmentPaths() {
    }

    /**
     * The id of the n-th table attachment (1-based, counting only {@code table: true} attachments in
     * the order the document lists them) in its page, e.g. {@code table-1}: known before the body is
     * rendered, so other pages can link to it, and independent of the title, so two tables with one
     * title keep two anchors.
     */
    public static String tableAnchor(int n) {
        return "table-" + n;
    }

    /** The path of a table's download in the given format, e.g. {@code xlsx} or {@code csv}. */
    public static String tableDownload(Document document, String title, String extension) {
        Objects.requireNonNull(title, "title");
        return document.url() + fileStem(title) + "." + extension;
    }

    /** A title made safe as a file name: no {@code \/:*?"<>|} or control characters, no leading or trailing dots and spaces. */
    static String fileStem(String title) {
        String stem = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip().replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (stem.codePointCount(0, stem.length()) > MAX_STEM) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_STEM)).strip();
        }
        return stem.isEmpty() ? "表格" : stem;
    }
}
