package org.gazette.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Measuring scripts the browser tests run in the page, kept as JavaScript files beside the tests. */
final class PageScripts {

    private PageScripts() {
    }

    /**
     * Runs a script from {@code src/test/resources/org/gazette/browser/} that returns a list of
     * problems, with the shared helpers of {@code page-helpers.js} defined before it.
     */
    static List<String> problems(Browser browser, String script, Object... arguments) {
        Object result = browser.script(source("page-helpers.js") + "\n" + source(script), arguments);
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }

    static String source(String script) {
        try (InputStream in = PageScripts.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalArgumentException("No script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
