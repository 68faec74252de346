package org.gazette.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Catches attachment files that would be a broken download: empty files, and files whose content is
 * not what their extension promises (a Word file renamed to {@code .pdf}, an old {@code .doc} saved
 * as {@code .docx}), which phones refuse to open. Only the first bytes are read.
 */
final class FileSignatures {

    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static final int PDF_WINDOW = 1024;

    private enum Kind {
        PDF("PDF 文档", "pdf"), ZIP("ZIP 压缩包或新版 Office 文档（docx、xlsx、pptx）", "zip"),
        OLE("旧版 Office 文档（doc、xls、ppt）或 WPS 文档", "doc"), PNG("PNG 图片", "png"), JPEG("JPEG 图片", "jpg"),
        GIF("GIF 图片", "gif"), HTML("网页（HTML）", "html"), OTHER(null, null);

        final String words;
        final String extension;

        Kind(String words, String extension) {
            this.words = words;
            this.extension = extension;
        }
    }

    /** What content each checked extension must have; other extensions are not checked. */
    private static final Map<String, Kind> EXPECTED = Map.ofEntries(
            Map.entry("pdf", Kind.PDF), Map.entry("docx", Kind.ZIP), Map.entry("xlsx", Kind.ZIP),
            Map.entry("pptx", Kind.ZIP), Map.entry("zip", Kind.ZIP), Map.entry("odt", Kind.ZIP),
            Map.entry("ods", Kind.ZIP), Map.entry("ofd", Kind.ZIP), Map.entry("png", Kind.PNG),
            Map.entry("jpg", Kind.JPEG), Map.entry("jpeg", Kind.JPEG), Map.entry("gif", Kind.GIF));

    /** Why a file would be a broken download, and what to do. */
    record Finding(String message, String hint) {
    }

    private FileSignatures() {
    }

    /** Why the file would be a broken download, or null when it looks right. */
    static Finding check(Path file, String fileName) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PDF_WINDOW);
        }
        if (head.length == 0) {
            return new Finding("附件文件“" + fileName + "”是空的（0 字节），读者下载后打不开",
                    "重新从原文件导出或复制一份，确认能打开后再放进文档文件夹");
        }
        String extension = extension(fileName);
        Kind expected = EXPECTED.get(extension);
        if (expected == null) {
            return null;
        }
        Kind actual = kindOf(head);
        if (actual == expected) {
            return null;
        }
        String what = actual.words == null ? "无法识别的内容" : actual.words;
        String hint = actual.extension == null
                ? "用原来的软件打开检查；文件可能已损坏，请重新导出"
                : "文件实际是" + actual.words + "：请用原来的软件另存为 ." + extension + "，或把扩展名改成与内容一致";
        return new Finding("附件文件“" + fileName + "”的扩展名是 ." + extension + "，内容却是" + what
                + "，读者下载后可能打不开", hint);
    }

    private static Kind kindOf(byte[] head) {
        if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII)) >= 0) {
            return Kind.PDF;
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            return Kind.ZIP;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Kind.OLE;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return Kind.PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return Kind.GIF;
        }
        String text = new String(head, 0, Math.min(head.length, 64), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("<!doctype html") || text.startsWith("<html")) {
            return Kind.HTML;
        }
        return Kind.OTHER;
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] head, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= head.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (head[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int slash = fileName.lastIndexOf('/');
        return dot > slash && dot < fileName.length() - 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
