import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.gazette.search.SearchTokens;

/**
 * Chooses the segmentation of the search index by measurement (docs/search.md): character bigrams
 * (org.gazette.search.SearchTokens) against Lucene's smartcn (a hidden Markov model segmenter),
 * each used the same way: a document matches when it holds every token of the query. A document
 * is relevant when its text holds the query as written (NFKC, lower case). Prints, per query,
 * recall and precision of each, and for the whole corpus the time to segment it and the postings
 * (distinct tokens per document, summed) an index would hold.
 *
 * <p>{@code java -cp LUCENE_JARS:target/gazette.jar bench/SegmentationBench.java CONTENT_DIR QUERY…}
 */
public final class SegmentationBench {

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(SearchTokens.normalise(Files.readString(file)));
            }
        }
        Analyzer smartcn = new SmartChineseAnalyzer();
        Function<String, Set<String>> bigrams = text -> {
            Set<String> tokens = new HashSet<>();
            SearchTokens.tokens(text, false, tokens::add);
            return tokens;
        };
        Function<String, Set<String>> lucene = text -> smartcn(smartcn, text);
        System.out.printf("   %d documents%n", texts.size());
        List<Set<String>> byBigrams = segment("bigrams", texts, bigrams);
        List<Set<String>> bySmartcn = segment("smartcn", texts, lucene);
        System.out.printf("   %-26s %8s | %-22s | %-22s%n", "query", "relevant", "bigrams recall/precision", "smartcn recall/precision");
        for (String query : List.of(args).subList(1, args.length)) {
            String q = SearchTokens.normalise(query);
            Set<Integer> relevant = new HashSet<>();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).contains(q)) {
                    relevant.add(i);
                }
            }
            System.out.printf("   %-26s %8d | %-24s | %-24s%n", query, relevant.size(),
                    score(relevant, matches(byBigrams, queryBigrams(q))), score(relevant, matches(bySmartcn, lucene.apply(q))));
        }
    }

    /** The query as search.js reads it: bigrams and words; lone characters only when nothing else. */
    private static Set<String> queryBigrams(String q) {
        Set<String> all = new LinkedHashSet<>();
        SearchTokens.tokens(q, false, all::add);
        Set<String> longer = new LinkedHashSet<>();
        all.stream().filter(t -> t.codePointCount(0, t.length()) > 1 || !Character.isIdeographic(t.codePointAt(0))).forEach(longer::add);
        return longer.isEmpty() ? all : longer;
    }

    private static List<Set<String>> segment(String name, List<String> texts, Function<String, Set<String>> segmenter) {
        long started = System.nanoTime();
        List<Set<String>> tokens = texts.parallelStream().map(segmenter).toList();
        long postings = tokens.stream().mapToLong(Set::size).sum();
        long distinct = tokens.stream().flatMap(Set::stream).distinct().count();
        System.out.printf("   %-8s: %.2f s to segment, %d postings, %d distinct tokens%n", name,
                (System.nanoTime() - started) / 1e9, postings, distinct);
        return tokens;
    }

    private static Set<String> smartcn(Analyzer analyzer, String text) {
        Set<String> tokens = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return tokens;
    }

    private static Set<Integer> matches(List<Set<String>> documents, Set<String> query) {
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < documents.size() && !query.isEmpty(); i++) {
            if (documents.get(i).containsAll(query)) {
                found.add(i);
            }
        }
        return found;
    }

    private static String score(Set<Integer> relevant, Set<Integer> found) {
        long hit = found.stream().filter(relevant::contains).count();
        return String.format("%5.1f %% / %5.1f %% (%d)", relevant.isEmpty() ? 100.0 : 100.0 * hit / relevant.size(),
                found.isEmpty() ? 100.0 : 100.0 * hit / found.size(), found.size());
    }
}
