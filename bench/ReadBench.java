import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.gazette.content.ContentFile;
import org.gazette.content.ContentScanner;
import org.gazette.content.DataReader;
import org.gazette.content.Document;
import org.gazette.content.DocumentReader;
import org.gazette.content.FrontMatter;
import org.gazette.content.SiteData;
import org.gazette.validation.Problems;

/**
 * The reading path alone: reads and checks every document of a site (source file, front matter,
 * fields, attachment checks; no body rendering, no output), ROUNDS times in one thread, and prints
 * each round's CPU time and allocation. Round 1 is the cold one a build pays; later rounds show the work without
 * warm-up. Run it under a flight recorder to see where the reading path's samples go:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/gazette.jar bench/ReadBench.java SITE [ROUNDS]</pre>
 *
 * The last line counts documents, errors and warnings, so two versions can be checked to read alike.
 */
public final class ReadBench {

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: java -cp target/gazette.jar bench/ReadBench.java SITE [ROUNDS]");
            System.exit(2);
        }
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // CPU time moves with the machine's load; the bytes allocated do not.
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SiteData data = new DataReader(site, new Problems()).read();
        List<ContentFile> files = new ContentScanner(site, new Problems()).scan().documents();
        for (int round = 1; round <= rounds; round++) {
            Problems problems = new Problems();
            DocumentReader reader = new DocumentReader(site, data, problems);
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            int documents = 0;
            for (ContentFile file : files) {
                FrontMatter parts = reader.split(file);
                Document document = parts == null ? null : reader.read(file, parts);
                documents += document == null ? 0 : 1;
            }
            double ms = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            double kib = (threads.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / files.size();
            System.out.printf("round %d: %d files, %.0f ms CPU (%.1f µs, %.1f KiB allocated a file); %d documents, %d errors, %d warnings%n",
                    round, files.size(), ms, 1000 * ms / files.size(), kib, documents, problems.errors().size(),
                    problems.warnings().size());
        }
    }
}
