package org.gazette.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gazette.content.Agency;
import org.gazette.content.Campaign;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;

/**
 * Builds the search index of a site's documents, as files below {@code search/}:
 * <ul>
 * <li>{@code index.json}, the manifest: how many documents, shards and documents a chunk (a few
 *     dozen bytes; the search page names the shard count too, so a query need not wait for it);</li>
 * <li>{@code facets.json}, what the filters need: the facet values (types, years, agencies,
 *     campaigns) and each document's facets (type, year plus one or 0 for none, then the count and
 *     indexes of its agencies and of its campaigns), read after the first results are shown;</li>
 * <li>{@code shards/N.json}, the postings: each token of the shard (chosen by {@link #shardOf}) with
 *     the documents that contain it and a weight that ranks title, document number and metadata
 *     matches above body matches;</li>
 * <li>{@code docs/N.json}, what a result shows, {@link #CHUNK} documents a file: address, title,
 *     date, type, document number, agencies and the start of the text for the excerpt.</li>
 * </ul>
 * A query reads the manifest, the shards of its tokens and the chunks of the results it shows (the
 * design of Pagefind's fragments, without its per-page files), then the facets for its filters. Documents are numbered newest first,
 * so among equal scores the newest wins. Every map is written sorted: same sources, same bytes.
 */
public final class SearchIndexWriter {

    /** The folder of the index below the site root. */
    public static final String FOLDER = "search/";
    /** The manifest, which the search page names. */
    public static final String MANIFEST = FOLDER + "index.json";
    /** The facets of every document, which the filters read. */
    public static final String FACETS = FOLDER + "facets.json";

    /** Documents a chunk file holds: about ten results, one page of them, in one or two small files. */
    static final int CHUNK = 10;
    /**
     * Aim for so many documents a shard: a shard then stays near 10 KB at any size of site, so a
     * query of eight tokens reads about 80 KB of shards beyond its tokens' own postings.
     */
    static final int DOCUMENTS_PER_SHARD = 5;
    static final int MAX_SHARDS = 4096;
    /** How much of a document's text (code points) is kept for the excerpt. */
    static final int EXCERPT = 240;

    /** Weights of a token by field; a document's weight for a token is its best field's plus its body's. */
    static final int TITLE = 16;
    static final int NUMBER = 16;
    static final int METADATA = 8;
    static final int SUMMARY = 4;
    static final int MAX_WEIGHT = 31;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndexWriter() {
    }

    /** Documents newest first (simple pages may have no date: they come after every dated one), then by address. */
    static final Comparator<SearchDocument> ORDER = order(SearchDocument::document, SearchDocument::href);

    /** {@link #ORDER} of anything that names a document and its address. */
    static <T> Comparator<T> order(Function<T, Document> document, Function<T, String> href) {
        return Comparator.comparing((T t) -> document.apply(t).date(), Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                .reversed().thenComparing(href);
    }

    /** The index files of the documents, by path below the site root, in path order. */
    public static SortedMap<String, byte[]> write(List<SearchDocument> documents) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        new SearchIndex().write(documents).forEach((path, file) -> files.put(path, file.bytes()));
        return files;
    }

    /**
     * Shards for so many documents: a power of two, so the count changes only as the site grows. The
     * search page names it ({@code data-shards}) for the count of documents the build publishes.
     */
    public static int shardCount(int documents) {
        int shards = 1;
        while (shards < MAX_SHARDS && shards * DOCUMENTS_PER_SHARD < documents) {
            shards *= 2;
        }
        return shards;
    }

    /** The shard of a token: FNV-1a over its UTF-16 units, as the script computes it. */
    static int shardOf(String token, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < token.length(); i++) {
            hash ^= token.charAt(i);
            hash *= 16777619;
        }
        return (int) (Integer.toUnsignedLong(hash) % shards);
    }

    /**
     * A document's tokens and their weights: packed pairs and other tokens apart.
     */
    record Weighed(int[] pairs, byte[] pairWeights, String[] others, byte[] otherWeights) {
        int size() {
            return pairs.length + others.length;
        }
    }

    /** A document's tokens and their weights, by token: what ranks it (for tests and readers). */
    static Map<String, Integer> weights(SearchDocument entry) {
        Weighed w = weigh(entry);
        Map<String, Integer> weights = new HashMap<>();
        for (int i = 0; i < w.pairs().length; i++) {
            weights.put(SearchTokens.unpack(w.pairs()[i]), (int) w.pairWeights()[i]);
        }
        for (int i = 0; i < w.others().length; i++) {
            weights.put(w.others()[i], (int) w.otherWeights()[i]);
        }
        return weights;
    }

    static Weighed weigh(SearchDocument entry) {
        Document d = entry.document();
        // A body has at most one pair per character; its table is made at that size, and the fields'
        // table, which takes in every body token, at the body's count of pairs (the order of a
        // table's pairs does not matter: the postings are sorted).
        Counts body = new Counts(entry.body().length());
        SearchTokens.scan(entry.body(), false, body.counting());
        Counts fields = new Counts(body.pairs() + 64);
        field(fields, d.title(), TITLE);
        field(fields, d.docNumber(), NUMBER);
        field(fields, d.indexNumber(), NUMBER);
        for (Agency agency : d.agencies()) {
            field(fields, agency.name(), METADATA);
            field(fields, agency.shortName(), METADATA);
        }
        for (Campaign campaign : d.campaigns()) {
            field(fields, campaign.name(), METADATA);
            field(fields, campaign.series(), METADATA);
        }
        d.themes().forEach(text -> field(fields, text, METADATA));
        d.topics().forEach(text -> field(fields, text, METADATA));
        d.keywords().forEach(text -> field(fields, text, METADATA));
        field(fields, d.summary(), SUMMARY);
        // The body's counts become weights; a token in a field weighs its best field's plus the body's.
        body.replaceAll(SearchIndexWriter::bodyWeight);
        body.mergeInto(fields, (field, inBody) -> Math.min(MAX_WEIGHT, field + inBody));
        return fields.weighed();
    }

    private static void field(Counts weights, String text, int weight) {
        if (text != null) {
            SearchTokens.scan(text, true, weights.adding(weight, Math::max));
        }
    }

    /** A word the body repeats weighs a little more, but never as much as a title word. */
    static int bodyWeight(int count) {
        return count >= 6 ? 3 : count >= 3 ? 2 : 1;
    }

    /** The manifest of the documents: their count, and how the shards and chunks are cut. */
    static byte[] manifest(int documents) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 2);
        manifest.put("documents", documents);
        manifest.put("shards", shardCount(documents));
        manifest.put("chunk", CHUNK);
        return json(manifest);
    }

    /** The facet values and each document's facets, the documents numbered in this order. */
    static byte[] facets(List<Document> ordered) {
        List<DocumentType> types = ordered.stream().map(Document::type).distinct().sorted().toList();
        List<Integer> years = new ArrayList<>(new TreeSet<>(ordered.stream().map(Document::date)
                .filter(Objects::nonNull).map(LocalDate::getYear).toList()).descendingSet());
        TreeMap<String, String> agencies = new TreeMap<>();
        TreeMap<String, String> campaigns = new TreeMap<>();
        for (Document d : ordered) {
            d.agencies().forEach(a -> agencies.put(a.id(), a.name()));
            d.campaigns().forEach(c -> campaigns.put(c.id(), c.name()));
        }
        Map<String, Integer> agencyIndex = indexOf(new ArrayList<>(agencies.keySet()));
        Map<String, Integer> campaignIndex = indexOf(new ArrayList<>(campaigns.keySet()));
        StringBuilder facets = new StringBuilder();
        for (Document d : ordered) {
            Varints.write(facets, types.indexOf(d.type()));
            // The year is written one up, so that 0 can say "no date".
            Varints.write(facets, d.date() == null ? 0 : years.indexOf(d.date().getYear()) + 1);
            Varints.write(facets, d.agencies().size());
            d.agencies().forEach(a -> Varints.write(facets, agencyIndex.get(a.id())));
            Varints.write(facets, d.campaigns().size());
            d.campaigns().forEach(c -> Varints.write(facets, campaignIndex.get(c.id())));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("types", types.stream().map(t -> List.of(t.key(), t.label())).toList());
        file.put("years", years.stream().map(String::valueOf).toList());
        file.put("agencies", agencies.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
        file.put("campaigns", campaigns.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
        file.put("facets", facets.toString());
        return json(file);
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        return ids.stream().collect(Collectors.toMap(Function.identity(), ids::indexOf));
    }

    /** What a result shows. */
    static Map<String, Object> result(SearchDocument entry) {
        return result(entry.document(), entry.href(), excerpt(entry.document().summary(), entry.body()));
    }

    /** What a result shows, its {@link #excerpt} made already. */
    static Map<String, Object> result(Document d, String href, String excerpt) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("url", href);
        result.put("title", d.title());
        result.put("type", d.type().label());
        if (d.date() != null) {
            result.put("date", d.date().toString());
        }
        if (d.docNumber() != null) {
            result.put("number", d.docNumber());
        }
        result.put("agencies", d.agencies().stream().map(Agency::name).toList());
        result.put("text", excerpt);
        return result;
    }

    /** The summary and the start of the body, cut at {@link #EXCERPT} characters. */
    static String excerpt(String summary, String body) {
        String text = (summary == null || summary.isBlank() ? "" : summary.strip() + " ") + body.strip();
        text = text.replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) <= EXCERPT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("search index data is plain lists and maps", e);
        }
    }
}
