import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.gazette.content.ContentScanner;
import org.gazette.content.DataReader;
import org.gazette.content.Document;
import org.gazette.content.DocumentReader;
import org.gazette.content.SiteData;
import org.gazette.search.SearchDocument;
import org.gazette.search.SearchIndexWriter;
import org.gazette.site.SiteIndex;
import org.gazette.validation.Problems;
import org.jsoup.Jsoup;

/**
 * The search index builder alone, on a built corpus: reads the documents' front matter from the
 * sources and their body text from the built pages (as the build has it in memory), then times
 * {@code SearchIndexWriter.write} and measures the heap it needs beyond its input (peak of the heap
 * pools after a collection, an upper bound since uncollected garbage counts too).
 *
 * <p>{@code java -cp target/gazette.jar bench/SearchBench.java SITE OUT [RUNS] [--write]}: with
 * {@code --write}, the index of the last run replaces {@code OUT/search/} (to measure queries against
 * a changed index without building the whole site again).
 */
public final class SearchBench {

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean write = args.length > 3 && args[3].equals("--write");
        SortedMap<String, byte[]> last = null;
        Problems problems = new Problems();
        SiteData data = new DataReader(site, problems).read();
        DocumentReader reader = new DocumentReader(site, data, problems);
        List<Document> documents = new ContentScanner(site, problems).scan().documents().stream()
                .map(reader::read).filter(java.util.Objects::nonNull).toList();
        List<Document> published = new SiteIndex(data, documents).published();
        List<SearchDocument> entries = published.parallelStream().map(d -> {
            try {
                String html = Files.readString(out.resolve(d.url()).resolve("index.html"));
                var body = Jsoup.parse(html).selectFirst(".document-body");
                return new SearchDocument(d, "/" + d.url(), body == null ? "" : body.text());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        long chars = entries.stream().mapToLong(e -> e.body().length()).sum();
        System.out.printf("   %d documents, %.1f M characters of body text%n", entries.size(), chars / 1e6);
        for (int run = 1; run <= runs; run++) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            SortedMap<String, byte[]> files = SearchIndexWriter.write(entries);
            double seconds = (System.nanoTime() - started) / 1e9;
            cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() - cpu;
            last = files;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long bytes = files.values().stream().mapToLong(b -> b.length).sum();
            System.out.printf("   index run %d: %.2f s wall, %.2f s CPU, peak heap beyond the input %d MiB, %d files, %.1f MB%n",
                    run, seconds, cpu / 1e9, (peak - before) >> 20, files.size(), bytes / 1e6);
        }
        if (write && last != null) {
            // The index files only: the search page lives in the same folder.
            Path folder = out.resolve("search");
            Files.deleteIfExists(folder.resolve("index.json"));
            for (String part : List.of("shards", "docs")) {
                try (var old = Files.walk(folder.resolve(part))) {
                    for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (var file : last.entrySet()) {
                Path target = out.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }
    }
}
