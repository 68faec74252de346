package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.outputs.OutputFile;
import org.gazette.pages.DocumentPage;
import org.gazette.pages.PlannedPage;
import org.gazette.site.Urls;
import org.jsoup.Jsoup;

/**
 * The search index as files of the site, made from the documents' pages: their bodies exist only
 * there (a {@code Document} keeps its front matter, not its text). One builder keeps one of these
 * across its builds, so that a rebuild turns into text, weighs and encodes again only what the
 * documents that changed reach ({@link SearchIndex}); no body's text is kept between builds. Each
 * file's inputs are a digest of its bytes, so a rebuild rewrites only the shards and chunks an edit
 * reached.
 */
public final class SearchFiles {

    /** What the files are, in messages about their addresses. */
    public static final String ORIGIN = "search/（站内搜索索引）";

    private final SearchIndex index = new SearchIndex();

    /** The index files of the documents whose pages the build makes. */
    public List<OutputFile> files(List<PlannedPage> documentPages, Urls urls) {
        return files(documentPages, urls, new BodyTexts());
    }

    /**
     * The index files of the documents whose pages the build makes, taking the text of each body the
     * build rendered from {@code texts} and making the others' from their HTML.
     */
    public synchronized List<OutputFile> files(List<PlannedPage> documentPages, Urls urls, BodyTexts texts) {
        List<IndexSource> documents = documentPages.parallelStream()
                .filter(page -> page.model() instanceof DocumentPage)
                .map(page -> {
                    DocumentPage model = (DocumentPage) page.model();
                    // The page model keeps the body's HTML anyway; its text is made only when the index weighs it.
                    String html = model.body().html();
                    Document document = model.document();
                    return new IndexSource(document, urls.page(document), html, () -> {
                        String made = texts.of(document.file(), html);
                        return made != null ? made : text(html);
                    });
                })
                .toList();
        List<OutputFile> files = new ArrayList<>();
        index.index(documents).forEach((path, file) -> files.add(new OutputFile(path, ORIGIN, file.digest(), file::writeTo)));
        return files;
    }

    /** Whether a path below the site root is a file of the index (the search page beside it is not). */
    public static boolean isIndexFile(String path) {
        return path.equals(SearchIndexWriter.MANIFEST) || path.equals(SearchIndexWriter.FACETS) || path.matches("search/(shards|docs)/\\d+\\.json");
    }

    /** The text a reader sees in a body, blocks separated by spaces, read from its HTML. */
    static String text(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
