package org.gazette.format;

import java.util.Locale;
import java.util.Map;

/** What a file is, in words a reader understands before downloading it: “Excel 电子表格（XLSX）”. */
public final class FileFormats {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("pdf", "PDF 文档"), Map.entry("doc", "Word 文档"), Map.entry("docx", "Word 文档"),
            Map.entry("wps", "WPS 文字文档"), Map.entry("xls", "Excel 电子表格"), Map.entry("xlsx", "Excel 电子表格"),
            Map.entry("et", "WPS 表格"), Map.entry("csv", "纯文本表格"), Map.entry("ppt", "PowerPoint 演示文稿"),
            Map.entry("pptx", "PowerPoint 演示文稿"), Map.entry("ofd", "OFD 版式文档"), Map.entry("txt", "纯文本"),
            Map.entry("zip", "ZIP 压缩包"), Map.entry("rar", "RAR 压缩包"), Map.entry("7z", "7z 压缩包"),
            Map.entry("jpg", "JPEG 图片"), Map.entry("jpeg", "JPEG 图片"), Map.entry("png", "PNG 图片"),
            Map.entry("gif", "GIF 图片"), Map.entry("webp", "WebP 图片"), Map.entry("svg", "SVG 图片"),
            Map.entry("mp4", "MP4 视频"), Map.entry("mp3", "MP3 音频"), Map.entry("odt", "ODF 文字文档"),
            Map.entry("ods", "ODF 电子表格"), Map.entry("ics", "日历文件"), Map.entry("vcf", "电子名片"));

    private FileFormats() {
    }

    /** The file's extension in lower case, or an empty string. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return dot > slash && dot < fileName.length() - 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** {@code Excel 电子表格（XLSX）}; an unknown extension is named as such, no extension as 文件. */
    public static String describe(String fileName) {
        String extension = extension(fileName);
        if (extension.isEmpty()) {
            return "文件";
        }
        String name = NAMES.get(extension);
        String upper = extension.toUpperCase(Locale.ROOT);
        return name == null ? upper + " 文件" : name + "（" + upper + "）";
    }

    /** {@code 12.3 KB}, {@code 1.2 MB}; bytes below 1 KB as {@code 532 字节}. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return String.format(Locale.ROOT, kb < 10 ? "%.1f KB" : "%.0f KB", kb);
        }
        double mb = kb / 1024.0;
        return String.format(Locale.ROOT, mb < 10 ? "%.1f MB" : "%.0f MB", mb);
    }
}
