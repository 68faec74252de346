package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.outputs.OutputFile;
import org.gazette.pages.DocumentPage;
import org.gazette.pages.PlannedPage;
import org.gazette.site.Urls;
import org.jsoup.Jsoup;

/**
 * The search index as files of the site, made from the documents' pages: their bodies exist only
 * there (a {@code Document} keeps its front matter, not its text). One builder keeps one of these
 * across its builds, so that a rebuild turns into text again only the bodies that changed and
 * weighs and encodes again only what they reach ({@link SearchIndex}). Each file's inputs are a
 * digest of its bytes, so a rebuild rewrites only the shards and chunks an edit reached.
 */
public final class SearchFiles {

    /** What the files are, in messages about their addresses. */
    public static final String ORIGIN = "search/（站内搜索索引）";

    /** A body as last found, by its page's address, and the document with its text as the index last read it. */
    private record BodyText(String html, SearchDocument read) {
    }

    private final SearchIndex index = new SearchIndex();
    private Map<String, BodyText> texts = Map.of();

    /** The index files of the documents whose pages the build makes. */
    public synchronized List<OutputFile> files(List<PlannedPage> documentPages, Urls urls) {
        Map<String, BodyText> last = texts;
        Map<String, BodyText> now = new ConcurrentHashMap<>();
        List<SearchDocument> documents = documentPages.parallelStream()
                .filter(page -> page.model() instanceof DocumentPage)
                .map(page -> {
                    DocumentPage model = (DocumentPage) page.model();
                    String href = urls.page(model.document());
                    String html = model.body().html();
                    BodyText before = last.get(href);
                    if (before != null && before.html().equals(html) && before.read().document() == model.document()) {
                        // The very document read last time, with the same body: the index keeps its entry without comparing it.
                        now.put(href, before);
                        return before.read();
                    }
                    String text = before != null && before.html().equals(html) ? before.read().body() : text(html);
                    SearchDocument read = new SearchDocument(model.document(), href, text);
                    now.put(href, new BodyText(html, read));
                    return read;
                })
                .toList();
        texts = now;
        List<OutputFile> files = new ArrayList<>();
        index.write(documents).forEach((path, file) -> {
            byte[] bytes = file.bytes();
            files.add(new OutputFile(path, ORIGIN, file.digest(), out -> out.write(bytes)));
        });
        return files;
    }

    /** Whether a path below the site root is a file of the index (the search page beside it is not). */
    public static boolean isIndexFile(String path) {
        return path.equals(SearchIndexWriter.MANIFEST) || path.equals(SearchIndexWriter.FACETS) || path.matches("search/(shards|docs)/\\d+\\.json");
    }

    /** The text a reader sees in a body, blocks separated by spaces. */
    static String text(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
