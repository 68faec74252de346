package org.gazette.search;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.gazette.outputs.OutputFile;
import org.gazette.pages.DocumentPage;
import org.gazette.pages.PlannedPage;
import org.gazette.site.Urls;
import org.jsoup.Jsoup;

/**
 * The search index as files of the site, made from the documents' pages: their bodies exist only
 * there (a {@code Document} keeps its front matter, not its text). Each file's inputs are a digest
 * of its bytes, so a rebuild rewrites only the shards and chunks an edit reached.
 */
public final class SearchFiles {

    /** What the files are, in messages about their addresses. */
    public static final String ORIGIN = "search/（站内搜索索引）";

    private SearchFiles() {
    }

    /** The index files of the documents whose pages the build makes. */
    public static List<OutputFile> files(List<PlannedPage> documentPages, Urls urls) {
        List<SearchDocument> documents = documentPages.parallelStream()
                .filter(page -> page.model() instanceof DocumentPage)
                .map(page -> {
                    DocumentPage model = (DocumentPage) page.model();
                    return new SearchDocument(model.document(), urls.page(model.document()), text(model.body().html()));
                })
                .toList();
        List<OutputFile> files = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : SearchIndexWriter.write(documents).entrySet()) {
            byte[] bytes = file.getValue();
            files.add(new OutputFile(file.getKey(), ORIGIN, digest(bytes), out -> out.write(bytes)));
        }
        return files;
    }

    /** Whether a path below the site root is a file of the index (the search page beside it is not). */
    public static boolean isIndexFile(String path) {
        return path.equals(SearchIndexWriter.MANIFEST) || path.matches("search/(shards|docs)/\\d+\\.json");
    }

    /** The text a reader sees in a body, blocks separated by spaces. */
    static String text(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
