package org.gazette.pages;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import org.gazette.minify.MinifiedCache;
import org.gazette.validation.EnvironmentFailure;
import org.gazette.validation.Problems;

/**
 * One of the site's scripts written into pages rather than linked ({@link InlineScripts}), minified, with
 * the Content-Security-Policy source that lets exactly that text run.
 *
 * <p>The script is the site's own asset, so it reaches the template as markup made here rather than
 * through {@code ?no_esc}; the hash is always computed from the text written, never pasted by hand.
 *
 * @param script the script element's text, as markup for FreeMarker's HTML output
 * @param hash   the policy source for it, {@code sha256-} and the base64 of the text's SHA-256
 */
public record InlineScript(TemplateHTMLOutputModel script, String hash) {

    /** Minified copies kept between builds, as {@code build.AssetCopier} keeps them: a preview reads these scripts on every rebuild. */
    private static final MinifiedCache MINIFIED = MinifiedCache.standard();

    /**
     * The script at {@code source} (below the site root) of the site at {@code siteRoot}, or null when the site
     * has none; a script that could end its element early is reported and left out.
     */
    static InlineScript read(Path siteRoot, String source, Problems problems) {
        Path file = siteRoot.resolve(source);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw EnvironmentFailure.at("读取", file, e);
        }
        String text = new String(MINIFIED.minify(source, bytes, problems), StandardCharsets.UTF_8).strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            problems.error(source, 0, null, "写进页面的脚本中不能出现“</script”或“<!--”，否则会提前结束页面里的脚本",
                    "改写相关字符串，例如把 \"</script>\" 写成 \"<\\/script>\"");
            return null;
        }
        return of(text);
    }

    /** The script with exactly {@code text} in its element. */
    static InlineScript of(String text) {
        try {
            return new InlineScript(HTMLOutputFormat.INSTANCE.fromMarkup(text), hashOf(text));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Content-Security-Policy hash source for an inline script's text. */
    public static String hashOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
