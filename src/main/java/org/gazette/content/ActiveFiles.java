package org.gazette.content;

import java.util.Locale;
import java.util.Set;

/**
 * File formats a browser runs code from when opened at the site's address: web pages, SVG (which
 * may carry {@code <script>} and {@code onload}), XML with stylesheets, scripts, web archives. A
 * bundle may not publish them, as an attachment or through a link or an image in the body: a
 * script in one would run with the government site's address and cookies. Refused, not made inert,
 * because an inert copy would not be what the editor published; the editor converts it to PDF or
 * PNG. The site's own {@code assets/} (its stylesheet, script and emblem) are not editors' files
 * and are published as they are.
 */
public final class ActiveFiles {

    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml", "xht", "shtml", "shtm", "svg", "svgz",
            "xml", "xsl", "xslt", "js", "mjs", "mht", "mhtml", "hta", "swf", "xbl", "jsp", "php", "asp", "aspx");

    private ActiveFiles() {
    }

    /** The active extension of a file name (lower case, without the dot), or null when it is a passive format. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String extension = fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        return EXTENSIONS.contains(extension) ? extension : null;
    }

    /** The message for a refused file. */
    public static String message(String file, String extension) {
        return "“" + file + "”是 ." + extension + " 文件，浏览器打开时会以本站的地址运行其中的脚本，出于安全原因不能发布";
    }

    /** What to publish instead. */
    public static String hint(String extension) {
        return extension.startsWith("svg") ? "把图片另存为 .png 或 .jpg 再附上"
                : "转成 PDF 再附上（网页可在浏览器中“打印”为 PDF），或写成 url: 链接到原网站";
    }
}
