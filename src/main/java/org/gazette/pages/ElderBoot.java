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
import org.gazette.minify.AssetMinifier;
import org.gazette.validation.EnvironmentFailure;
import org.gazette.validation.Problems;

/**
 * The inline script in every page's head that applies a remembered 长者模式 before the first paint
 * ({@value #SOURCE}, minified), with the Content-Security-Policy source that lets exactly that text run.
 *
 * <p>The script is the site's own asset, so it reaches the template as markup made here rather than
 * through {@code ?no_esc}; the hash is always computed from the text written, never pasted by hand.
 *
 * @param script the script element's text, as markup for FreeMarker's HTML output
 * @param hash   the policy source for it, {@code sha256-} and the base64 of the text's SHA-256
 */
public record ElderBoot(TemplateHTMLOutputModel script, String hash) {

    /** The script's source, below the site root; {@code build.AssetCopier} does not publish it as a file. */
    public static final String SOURCE = "assets/js/elder-boot.js";

    /**
     * The script of the site at {@code siteRoot}, or null when the site has none (then a remembered choice
     * applies once site.js runs); a script that could end its element early is reported and left out.
     */
    public static ElderBoot read(Path siteRoot, Problems problems) {
        Path file = siteRoot.resolve(SOURCE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw EnvironmentFailure.at("读取", file, e);
        }
        String text = new String(AssetMinifier.minify(SOURCE, source, problems), StandardCharsets.UTF_8).strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            problems.error(SOURCE, 0, null, "页首脚本中不能出现“</script”或“<!--”，否则会提前结束页面里的脚本",
                    "改写相关字符串，例如把 \"</script>\" 写成 \"<\\/script>\"");
            return null;
        }
        return of(text);
    }

    /** The script with exactly {@code text} in its element. */
    static ElderBoot of(String text) {
        try {
            return new ElderBoot(HTMLOutputFormat.INSTANCE.fromMarkup(text), hashOf(text));
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
