package org.gazette.minify;

import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.parser.ParseException;
import com.helger.css.parser.Token;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.ICSSParseErrorHandler;
import com.helger.css.writer.CSSWriter;
import com.helger.css.writer.CSSWriterSettings;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.logicsquad.minifier.MinificationException;
import net.logicsquad.minifier.js.JSMinifier;
import org.gazette.validation.Problems;

/**
 * Minifies a stylesheet (ph-css: parsed, then written back without comments and spaces, every rule
 * and declaration in its order) or a script (JSMin: comments and spaces dropped, nothing renamed or
 * reordered). A file the minifier cannot read is published as it is, with a warning naming it: the
 * browser may still make sense of it, and the site must not lose a rule because a tool could not.
 *
 * <p>A licence comment at the top of a file ({@code /*!}, or one naming {@code @license} or
 * {@code @preserve}) is kept as it is, above the minified text. The output depends on the source
 * bytes alone, so builds stay byte-identical.
 */
public final class AssetMinifier {

    /** A first comment that must travel with the file, as other minifiers recognise it. */
    private static final Pattern LICENCE = Pattern.compile("\\A\\s*(/\\*(?:!|(?:(?!\\*/)[\\s\\S])*@(?:license|preserve)\\b)(?:(?!\\*/)[\\s\\S])*\\*/)");

    private AssetMinifier() {
    }

    /** Whether files at {@code path} are minified when published: stylesheets and scripts. */
    public static boolean minifies(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".css") || name.endsWith(".js");
    }

    /**
     * The bytes to publish for the asset at {@code path} (below the site root, for messages).
     *
     * @param source the file's bytes, UTF-8
     * @return the minified text, or {@code source} itself when it cannot be minified (then with a warning)
     */
    public static byte[] minify(String path, byte[] source, Problems problems) {
        String text = new String(source, StandardCharsets.UTF_8);
        Matcher licence = LICENCE.matcher(text);
        String kept = licence.find() ? licence.group(1) + "\n" : "";
        String minified = path.toLowerCase(Locale.ROOT).endsWith(".css")
                ? stylesheet(path, text, problems) : script(path, text, problems);
        return minified == null ? source : (kept + minified).getBytes(StandardCharsets.UTF_8);
    }

    private static String stylesheet(String path, String text, Problems problems) {
        FirstError error = new FirstError();
        CascadingStyleSheet sheet = CSSReader.readFromStringReader(text, new CSSReaderSettings()
                .setBrowserCompliantMode(false).setCustomErrorHandler(error)
                .setCustomExceptionHandler(e -> error.note(e.currentToken == null ? null : e.currentToken.next)));
        if (sheet == null || error.line != null) {
            int line = error.line == null ? 0 : error.line;
            problems.warning(path, line, null, "样式表有无法解析的写法，已原样发布、未压缩",
                    "检查该行附近的括号、分号和引号是否成对；改好后会自动压缩");
            return null;
        }
        CSSWriter writer = new CSSWriter(new CSSWriterSettings(true).setRemoveUnnecessaryCode(true))
                .setWriteHeaderText(false).setWriteFooterText(false);
        return writer.getCSSAsString(sheet) + "\n";
    }

    private static String script(String path, String text, Problems problems) {
        // JSMin predates ES2015's template literals and can take spaces out of them.
        if (text.indexOf('`') >= 0) {
            problems.warning(path, lineOf(text, text.indexOf('`')), null,
                    "脚本含反引号（`，模板字符串），已原样发布、未压缩",
                    "网站脚本按 ES5 编写，以照顾老旧手机；请改用普通引号和 + 拼接字符串");
            return null;
        }
        StringWriter out = new StringWriter(text.length());
        try {
            new JSMinifier(new StringReader(text)).minify(out);
        } catch (MinificationException e) {
            problems.warning(path, 0, null, "脚本中有未结束的字符串、注释或正则表达式，已原样发布、未压缩",
                    "检查引号、/* */ 注释和正则表达式是否成对");
            return null;
        }
        // JSMin starts its output with the newline it keeps for a statement that may need one.
        return out.toString().strip() + "\n";
    }

    private static int lineOf(String text, int index) {
        return 1 + (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    }

    /** Remembers the line of the first parse error; the writer must never see a sheet with skipped parts. */
    private static final class FirstError implements ICSSParseErrorHandler {
        Integer line;

        void note(Token token) {
            if (line == null) {
                line = token == null ? 0 : token.beginLine;
            }
        }

        @Override
        public void onCSSParseError(ParseException e, Token lastValid) {
            note(e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : lastValid);
        }

        @Override
        public void onCSSUnexpectedRule(Token current, String rule, String message) {
            note(current);
        }

        @Override
        public void onCSSDeprecatedProperty(Token prefix, Token identifier) {
            // Written back as it was read: nothing is lost.
        }

        @Override
        public void onCSSBrowserCompliantSkip(ParseException e, Token from, Token to) {
            note(from);
        }
    }
}
