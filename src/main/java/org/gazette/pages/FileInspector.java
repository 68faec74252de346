package org.gazette.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.format.FileFormats;
import org.gazette.validation.Problems;

/**
 * Reads attachment files for their {@link FileFacts}: size, SHA-256 and, for PDFs, the page count.
 * Each file is read at most once per build, however many times it is asked for; safe to use from
 * the parallel document workers.
 */
public final class FileInspector {

    private static final int BUFFER = 64 * 1024;

    private final Map<Path, FileFacts> known = new ConcurrentHashMap<>();

    /**
     * The facts of a file, or null when it cannot be read (the reader has reported why already).
     * A PDF whose pages cannot be counted is reported as a warning through {@code problems}.
     *
     * @param line  the line of the attachment in the source, for the warning
     * @param field the attachment's field, e.g. {@code attachments[2].file}
     */
    public FileFacts inspect(Path file, Problems.Scope problems, int line, String field) {
        return known.computeIfAbsent(file.toAbsolutePath().normalize(), path -> read(path, problems, line, field));
    }

    private static FileFacts read(Path file, Problems.Scope problems, int line, String field) {
        long size;
        String sha256;
        try {
            size = Files.size(file);
            sha256 = sha256(file);
        } catch (IOException e) {
            return null;
        }
        int pages = 0;
        if (FileFormats.extension(file.getFileName().toString()).equals("pdf")) {
            try {
                pages = PdfPageCount.of(file);
            } catch (IOException | RuntimeException e) {
                problems.warning(line, field, "无法读取 PDF“" + file.getFileName() + "”的页数（文件可能已损坏或设置了打开密码）",
                        "用 PDF 阅读器打开检查；需要密码才能打开的 PDF，读者也打不开，请换成不加密的版本");
            }
        }
        return new FileFacts(size, sha256, pages);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
