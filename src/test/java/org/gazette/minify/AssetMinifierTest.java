package org.gazette.minify;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.testing.TestSite;
import org.gazette.validation.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published copy of a stylesheet or script says the same as its source in fewer bytes; what the
 * minifier cannot read is published as it is, with a warning at its line.
 */
class AssetMinifierTest {

    private final Problems problems = new Problems();

    @Test
    void theSiteStylesheetKeepsEveryRuleInItsOrder() throws IOException {
        String source = Files.readString(asset("assets/css/site.css"));

        String published = minify("assets/css/site.css", source);

        assertThat(problems.warnings()).isEmpty();
        assertThat(published).doesNotContain("/*").doesNotContain("\n  ").endsWith("}\n");
        // Read back, the minified sheet is the same tree of rules, selectors and declarations.
        assertThat(parse(published)).isEqualTo(parse(source));
        assertThat(published.length()).isLessThan(source.length() * 4 / 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"assets/js/site.js", "assets/js/search.js"})
    void theSiteScriptsLoseCommentsAndIndentationButNoStringOrExpression(String path) throws IOException {
        String source = Files.readString(asset(path));

        String published = minify(path, source);

        assertThat(problems.warnings()).isEmpty();
        assertThat(published).doesNotContain("/*").doesNotContain("\n  ").startsWith("(function(){\"use strict\";");
        assertThat(published.length()).isLessThan(source.length() * 4 / 5);
    }

    @Test
    void spacesInsideStringsAndBetweenWordsStay() {
        String published = minify("a.js", """
                // A greeting.
                var greeting = "你好，  世界";   /* two spaces kept */
                if (typeof greeting === "string") { return  greeting; }
                """);

        assertThat(published).isEqualTo("var greeting=\"你好，  世界\";if(typeof greeting===\"string\"){return greeting;}\n");
    }

    @Test
    void aLeadingLicenceCommentIsKept() {
        String licence = "/*! Gazette | MIT licence */";

        assertThat(minify("a.css", licence + "\n/* notes */\np  {  margin : 0 ; }\n")).isEqualTo(licence + "\np{margin:0}\n");
        assertThat(minify("a.js", "/* @license MIT */\nvar a = 1;\n")).isEqualTo("/* @license MIT */\nvar a=1;\n");
    }

    @Test
    void mediaQueriesAndImportantSurvive() {
        String published = minify("a.css", """
                @media screen and (max-width: 48rem) {
                  .wrap { padding: 0 0.5rem !important; }
                }
                """);

        assertThat(published).isEqualTo("@media screen and (max-width:48rem){.wrap{padding:0 0.5rem !important}}\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            assets/css/extra.css | p { margin: 0; }\\n\\n.broken { color: red;\\n | 3 | 样式表有无法解析的写法，已原样发布、未压缩
            assets/js/extra.js   | var a = 1;\\nvar b = `x  ${a}`;\\n           | 2 | 脚本含反引号（`，模板字符串），已原样发布、未压缩
            assets/js/extra.js   | var a = 'never closed;\\n                 | 0 | 脚本中有未结束的字符串、注释或正则表达式，已原样发布、未压缩
            """)
    void aFileTheMinifierCannotReadIsPublishedAsItIsWithAWarningAtItsLine(String path, String escaped, int line, String message) {
        String source = escaped.replace("\\n", "\n");

        assertThat(minify(path, source)).isEqualTo(source);
        assertThat(problems.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.file()).isEqualTo(path);
            assertThat(warning.line()).isEqualTo(line);
            assertThat(warning.message()).isEqualTo(message);
        });
    }

    @Test
    void onlyStylesheetsAndScriptsAreMinified() {
        assertThat(AssetMinifier.minifies("assets/css/site.css")).isTrue();
        assertThat(AssetMinifier.minifies("assets/js/SITE.JS")).isTrue();
        assertThat(AssetMinifier.minifies("assets/img/emblem.svg")).isFalse();
        assertThat(AssetMinifier.minifies("assets/data.json")).isFalse();
    }

    private String minify(String path, String source) {
        return new String(AssetMinifier.minify(path, source.getBytes(StandardCharsets.UTF_8), problems), StandardCharsets.UTF_8);
    }

    private static CascadingStyleSheet parse(String css) {
        return CSSReader.readFromStringReader(css, new CSSReaderSettings().setUseSourceLocation(false));
    }

    private static Path asset(String path) {
        return TestSite.REPOSITORY.resolve(path);
    }
}
