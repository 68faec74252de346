package org.gazette.search;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of each body rendered in one build, as the body renderer took it from flexmark's tree,
 * handed from the document pass to the search index so that the index need not parse the body's HTML
 * again. It lives only as long as its build: the preview keeps no body's text between builds
 * (docs/performance.md). A document not rendered in this build (a rebuild reuses it) has none here,
 * and the index makes its text from the HTML if it needs it.
 */
public final class BodyTexts {

    private record Made(String html, String text) {
    }

    private final Map<Path, Made> made = new ConcurrentHashMap<>();

    /** Records the text of the body a document's page shows as {@code html}; a null text records nothing. */
    public void put(Path file, String html, String text) {
        if (text != null) {
            made.put(file, new Made(html, text));
        }
    }

    /** The text of the very HTML a document's page shows, or null when this build did not take it. */
    String of(Path file, String html) {
        Made text = made.get(file);
        // The very string the renderer made: a page made by an earlier build is not vouched for.
        return text != null && text.html() == html ? text.text() : null;
    }
}
