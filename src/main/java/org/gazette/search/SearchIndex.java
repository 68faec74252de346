package org.gazette.search;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.gazette.content.Document;
import org.gazette.search.SearchIndexWriter.Weighed;

/**
 * The search index of one site's successive builds, kept between them (the preview builds again on
 * every save): a build weighs again only the documents whose indexed text changed ({@link
 * IndexedText}), and, while the documents keep their numbers, encodes again only the shards whose
 * tokens those documents gained, lost or weigh differently, and the chunks that show them. Its files
 * are always byte for byte those a first build of the same documents makes.
 *
 * <p>A shard's postings are kept as sorted entries {@code key << 30 | document << 5 | weight}, where
 * the key is a packed pair (below 2<sup>32</sup>) or 2<sup>32</sup> plus the token's place in
 * {@code others}: sorting groups each token's postings in document order. Keys of other tokens are
 * never given back, so an entry kept from the last build means the same token in this one. The
 * shards are the only place a kept document's postings are held.
 */
final class SearchIndex {

    /**
     * A file of the index: its SHA-256, computed once per content, and its bytes until they are first
     * written. A rebuild writes a file only when its digest changed, so the kept index holds the
     * digest and what the bytes are made from, not the bytes (about 23 MB at 10,000 documents); asked
     * again, it encodes them again.
     */
    static final class IndexFile {

        private final String digest;
        private final Supplier<byte[]> encoding;
        private volatile byte[] bytes;

        private IndexFile(byte[] bytes, Supplier<byte[]> encoding) {
            this.bytes = bytes;
            this.encoding = encoding;
            try {
                this.digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        /** A file of these bytes, made again by {@code encoding} (which must give the same bytes) once written. */
        static IndexFile of(Supplier<byte[]> encoding) {
            return new IndexFile(encoding.get(), encoding);
        }

        String digest() {
            return digest;
        }

        byte[] bytes() {
            byte[] held = bytes;
            return held != null ? held : encoding.get();
        }

        /** Writes the bytes and lets them go. */
        void writeTo(OutputStream out) throws IOException {
            byte[] written = bytes();
            bytes = null;
            out.write(written);
        }
    }

    /**
     * One document as last indexed: what the index read of it and the excerpt its result shows. Its
     * postings live in the shards only, and its body's text is not kept.
     */
    private record Indexed(IndexedText read, Document document, String href, String excerpt) {
    }

    /** A document of this build, with its tokens weighed when it was (re)indexed now, else null. */
    private record Step(Indexed indexed, Weighed weighed) {
    }

    private static final long PAIRS = 1L << 32;
    /** The document's number in a postings entry. */
    private static final long DOCUMENT_BITS = 0x1ffffffL << 5;

    private Map<String, Indexed> byHref = Map.of();
    private List<Indexed> ordered = List.of();
    /** Per shard, its postings sorted; per shard and per chunk, its file. */
    private long[][] shardEntries = new long[0][];
    private IndexFile[] shardFiles = new IndexFile[0];
    private IndexFile[] chunkFiles = new IndexFile[0];
    /** The facets file of the last build, written again only when a document's facets changed. */
    private IndexFile facetsFile;
    private final Map<String, Integer> otherIds = new HashMap<>();
    private final List<String> others = new ArrayList<>();

    /** The index files of the documents, by path below the site root, in path order. */
    synchronized SortedMap<String, IndexFile> write(List<SearchDocument> documents) {
        return index(documents.stream().map(IndexSource::of).toList());
    }

    /** The index files of the documents, by path below the site root, in path order. */
    synchronized SortedMap<String, IndexFile> index(List<IndexSource> documents) {
        Map<String, Indexed> last = byHref;
        List<Step> steps = new ArrayList<>(documents.parallelStream().map(source -> {
            Indexed before = last.get(source.href());
            if (before != null && before.document() == source.document()
                    && before.read().body().equals(source.bodySource())) {
                return new Step(before, null); // the caller handed the very document back, with its body: it did not change
            }
            IndexedText read = IndexedText.of(source);
            if (before != null && before.read().equals(read)) {
                return new Step(before, null);
            }
            // The body's text is made only for a document indexed again, and only for this build.
            SearchDocument document = new SearchDocument(source.document(), source.href(), source.bodyText().get());
            String excerpt = SearchIndexWriter.excerpt(source.document().summary(), document.body());
            return new Step(new Indexed(read, source.document(), source.href(), excerpt), SearchIndexWriter.weigh(document));
        }).toList());
        steps.sort(SearchIndexWriter.order(step -> step.indexed().document(), step -> step.indexed().href()));
        List<Indexed> now = steps.stream().map(Step::indexed).toList();
        // Weighed tokens are held only while this build encodes them: kept, they were the largest
        // part of what the preview holds (docs/performance.md); a kept document's are in the shards.
        Weighed[] fresh = steps.stream().map(Step::weighed).toArray(Weighed[]::new);
        int shards = SearchIndexWriter.shardCount(now.size());
        boolean sameNumbers = sameNumbers(ordered, now);
        // The facets (97.5 KB at 10,000) only change with a document's type, year, agencies or campaigns.
        facetsFile = facetsFile != null && sameNumbers && sameFacets(ordered, now) ? facetsFile
                : IndexFile.of(() -> SearchIndexWriter.facets(now.stream().map(Indexed::document).toList()));
        if (shards == shardFiles.length && sameNumbers) {
            update(now, fresh);
        } else {
            rebuild(now, fresh, shards);
        }
        ordered = now;
        Map<String, Indexed> byHrefNow = new HashMap<>();
        now.forEach(indexed -> byHrefNow.put(indexed.href(), indexed));
        byHref = byHrefNow;

        SortedMap<String, IndexFile> files = new TreeMap<>();
        int count = now.size();
        files.put(SearchIndexWriter.MANIFEST, IndexFile.of(() -> SearchIndexWriter.manifest(count)));
        files.put(SearchIndexWriter.FACETS, facetsFile);
        for (int shard = 0; shard < shardFiles.length; shard++) {
            files.put(SearchIndexWriter.FOLDER + "shards/" + shard + ".json", shardFiles[shard]);
        }
        for (int chunk = 0; chunk < chunkFiles.length; chunk++) {
            files.put(SearchIndexWriter.FOLDER + "docs/" + chunk + ".json", chunkFiles[chunk]);
        }
        return files;
    }

    /**
     * Whether the documents, keeping their numbers, also keep what the facets file says of each:
     * type, year, agencies and campaigns (a title edit keeps them).
     */
    private static boolean sameFacets(List<Indexed> before, List<Indexed> now) {
        for (int i = 0; i < now.size(); i++) {
            if (before.get(i) != now.get(i)) {
                Document a = before.get(i).document();
                Document b = now.get(i).document();
                if (a.type() != b.type() || !Objects.equals(a.date() == null ? null : a.date().getYear(),
                        b.date() == null ? null : b.date().getYear())
                        || !a.agencies().equals(b.agencies()) || !a.campaigns().equals(b.campaigns())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether every document keeps its number: the same addresses in the same order. */
    private static boolean sameNumbers(List<Indexed> before, List<Indexed> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!before.get(i).href().equals(now.get(i).href())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every shard and chunk again: documents were added, removed or moved. The postings of a
     * document kept from the last build are carried over from its shards, renumbered; only the
     * documents weighed now ({@code fresh}) add theirs.
     */
    private void rebuild(List<Indexed> now, Weighed[] fresh, int shards) {
        // Last build's number of each document kept, to its number now; -1 for one gone or weighed again.
        int[] renumber = new int[ordered.size()];
        Arrays.fill(renumber, -1);
        Map<Indexed, Integer> lastNumber = new IdentityHashMap<>();
        for (int document = 0; document < ordered.size(); document++) {
            lastNumber.put(ordered.get(document), document);
        }
        for (int document = 0; document < now.size(); document++) {
            if (fresh[document] == null) {
                renumber[lastNumber.get(now.get(document))] = document;
            }
        }
        boolean sameShards = shards == shardEntries.length;
        // Two passes over the postings: the first counts each shard's, so that each shard's array is
        // made once at its size. Lists grown by doubling and then copied held the postings up to three
        // times over, the build's peak of memory at 10,000 documents (docs/performance.md).
        int[] sizes = new int[shards];
        for (int shard = 0; shard < shardEntries.length; shard++) {
            for (long entry : shardEntries[shard]) {
                if (renumber[number(entry)] >= 0) {
                    sizes[sameShards ? shard : shardOfKey(entry >>> 30, shards)]++;
                }
            }
        }
        for (int document = 0; document < now.size(); document++) {
            if (fresh[document] != null) {
                for (long entry : entries(fresh[document], document)) {
                    sizes[shardOfKey(entry >>> 30, shards)]++;
                }
            }
        }
        long[][] byShard = new long[shards][];
        for (int shard = 0; shard < shards; shard++) {
            byShard[shard] = new long[sizes[shard]];
        }
        int[] filled = new int[shards];
        for (int shard = 0; shard < shardEntries.length; shard++) {
            for (long entry : shardEntries[shard]) {
                int document = renumber[number(entry)];
                if (document >= 0) {
                    int target = sameShards ? shard : shardOfKey(entry >>> 30, shards);
                    byShard[target][filled[target]++] = entry & ~DOCUMENT_BITS | (long) document << 5;
                }
            }
        }
        for (int document = 0; document < now.size(); document++) {
            if (fresh[document] != null) {
                for (long entry : entries(fresh[document], document)) {
                    int shard = shardOfKey(entry >>> 30, shards);
                    byShard[shard][filled[shard]++] = entry;
                }
            }
        }
        shardEntries = byShard;
        shardFiles = new IndexFile[shards];
        IntStream.range(0, shards).parallel().forEach(shard -> {
            long[] sorted = byShard[shard];
            Arrays.sort(sorted);
            shardFiles[shard] = IndexFile.of(() -> shard(sorted));
        });
        chunkFiles = new IndexFile[(now.size() + SearchIndexWriter.CHUNK - 1) / SearchIndexWriter.CHUNK];
        IntStream.range(0, chunkFiles.length).parallel().forEach(chunk -> chunkFiles[chunk] = chunk(now, chunk));
    }

    /**
     * The shards and chunks that the documents weighed again ({@code fresh}) reach, the documents
     * keeping their numbers. A shard is encoded again only when those documents' postings in it (a
     * token gained, lost or weighed differently) differ from the ones it holds.
     */
    private void update(List<Indexed> now, Weighed[] fresh) {
        int shards = shardFiles.length;
        BitSet changed = new BitSet();
        BitSet changedChunks = new BitSet();
        Map<Integer, LongList> freshByShard = new HashMap<>();
        for (int document = 0; document < now.size(); document++) {
            if (fresh[document] == null) {
                continue;
            }
            changed.set(document);
            changedChunks.set(document / SearchIndexWriter.CHUNK);
            for (long entry : entries(fresh[document], document)) {
                freshByShard.computeIfAbsent(shardOfKey(entry >>> 30, shards), s -> new LongList()).add(entry);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        IntStream.range(0, shards).parallel().forEach(shard -> {
            LongList gained = freshByShard.get(shard);
            long[] postings = gained == null ? new long[0] : gained.toArray();
            Arrays.sort(postings);
            long[] kept = shardEntries[shard];
            if (sameFor(changed, kept, postings)) {
                return;
            }
            LongList entries = new LongList();
            for (long entry : kept) {
                if (!changed.get(number(entry))) {
                    entries.add(entry);
                }
            }
            for (long entry : postings) {
                entries.add(entry);
            }
            long[] sorted = entries.toArray();
            Arrays.sort(sorted);
            shardEntries[shard] = sorted;
            shardFiles[shard] = IndexFile.of(() -> shard(sorted));
        });
        changedChunks.stream().parallel().forEach(chunk -> chunkFiles[chunk] = chunk(now, chunk));
    }

    /** Whether the sorted postings a shard holds of the given documents are exactly {@code postings} (sorted). */
    private static boolean sameFor(BitSet documents, long[] shard, long[] postings) {
        // Every shard is scanned on every edit: the bounds spare the bit set's look-up for most entries.
        int lowest = documents.nextSetBit(0);
        int highest = documents.length() - 1;
        int next = 0;
        for (long entry : shard) {
            int number = number(entry);
            if (number >= lowest && number <= highest && documents.get(number)) {
                if (next == postings.length || postings[next] != entry) {
                    return false;
                }
                next++;
            }
        }
        return next == postings.length;
    }

    private static int number(long entry) {
        return (int) (entry >>> 5 & 0x1ffffff);
    }

    /** A document's postings entries, as numbered now. */
    private long[] entries(Weighed weighed, long document) {
        long[] entries = new long[weighed.size()];
        int n = 0;
        for (int p = 0; p < weighed.pairs().length; p++) {
            entries[n++] = (weighed.pairs()[p] & 0xffffffffL) << 30 | document << 5 | weighed.pairWeights()[p];
        }
        for (int o = 0; o < weighed.others().length; o++) {
            long id = otherIds.computeIfAbsent(weighed.others()[o], token -> {
                others.add(token);
                return others.size() - 1;
            });
            entries[n++] = (PAIRS + id) << 30 | document << 5 | weighed.otherWeights()[o];
        }
        return entries;
    }

    private String token(long key) {
        return key < PAIRS ? SearchTokens.unpack((int) key) : others.get((int) (key - PAIRS));
    }

    /** {@link SearchIndexWriter#shardOf} of the key's token; a pair's without making its string. */
    private int shardOfKey(long key, int shards) {
        if (key >= PAIRS) {
            return SearchIndexWriter.shardOf(others.get((int) (key - PAIRS)), shards);
        }
        int hash = 0x811c9dc5;
        hash ^= (int) (key >>> 16);
        hash *= 16777619;
        hash ^= (int) (key & 0xffff);
        hash *= 16777619;
        return (int) (Integer.toUnsignedLong(hash) % shards);
    }

    /** A shard's file: each token with its postings, pairs (document minus the previous, weight) as varints. */
    private byte[] shard(long[] entries) {
        TreeMap<String, String> tokens = new TreeMap<>();
        int i = 0;
        while (i < entries.length) {
            long key = entries[i] >>> 30;
            StringBuilder list = new StringBuilder();
            int previous = 0;
            for (; i < entries.length && entries[i] >>> 30 == key; i++) {
                int document = (int) (entries[i] >>> 5 & 0x1ffffff);
                Varints.write(list, document - previous);
                Varints.write(list, (int) (entries[i] & 31));
                previous = document;
            }
            tokens.put(token(key), list.toString());
        }
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> entry : tokens.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            // Tokens are letters and digits only: nothing in them needs escaping in JSON.
            out.append('"').append(entry.getKey()).append("\":\"").append(entry.getValue()).append('"');
        }
        return out.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static IndexFile chunk(List<Indexed> now, int chunk) {
        int first = chunk * SearchIndexWriter.CHUNK;
        List<Indexed> documents = now.subList(first, Math.min(now.size(), first + SearchIndexWriter.CHUNK));
        return IndexFile.of(() -> SearchIndexWriter.json(documents.stream()
                .map(indexed -> SearchIndexWriter.result(indexed.document(), indexed.href(), indexed.excerpt())).toList()));
    }

    /** A growing array of longs, without boxing. */
    private static final class LongList {
        private long[] values = new long[64];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
