package org.gazette.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of paths for links. File names may be Chinese and contain spaces
 * ({@code 附件1 统计表.xlsx}); every browser follows the UTF-8 percent-encoded form, and a space must
 * be {@code %20} (never {@code +}, which is only a space in query strings).
 */
public final class UrlPaths {

    private UrlPaths() {
    }

    /** The ASCII characters a path keeps as they are: {@code /} and those RFC 3986 allows in a segment. */
    private static final boolean[] ALLOWED = new boolean[128];

    static {
        for (int c = 0; c < ALLOWED.length; c++) {
            ALLOWED[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
        }
    }

    /** Encodes a path, keeping {@code /} and the characters RFC 3986 allows in a segment. */
    public static String encode(String path) {
        // Most paths a page links to (notices/2022/a/, assets/css/site.css) need no escape: templates
        // call this for every link of every page, so those are handed back as they are.
        if (needsNoEscape(path)) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length() + 16);
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isAllowed(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** Decodes {@code %XX} sequences (a {@code +} stays a plus); malformed escapes are kept as written. */
    public static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < path.length()) {
            int next = path.indexOf('%', i);
            int runEnd = next < 0 ? path.length() : next;
            byte[] run = path.substring(i, runEnd).getBytes(StandardCharsets.UTF_8);
            bytes.write(run, 0, run.length);
            if (next < 0) {
                break;
            }
            if (next + 2 < path.length() && Character.digit(path.charAt(next + 1), 16) >= 0
                    && Character.digit(path.charAt(next + 2), 16) >= 0) {
                bytes.write(Character.digit(path.charAt(next + 1), 16) * 16 + Character.digit(path.charAt(next + 2), 16));
                i = next + 3;
            } else {
                bytes.write('%');
                i = next + 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean needsNoEscape(String path) {
        for (int i = 0, n = path.length(); i < n; i++) {
            if (!isAllowed(path.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllowed(int c) {
        return c < ALLOWED.length && ALLOWED[c];
    }
}
