import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gazette.markup.BodyContext;
import org.gazette.markup.BodyRenderer;
import org.gazette.validation.Problems;

/**
 * The body-rendering figure of the benchmark: renders every Markdown body of a site (front matter
 * cut off) with {@link BodyRenderer}, as a build does, ROUNDS times after three warm-up rounds, and
 * prints the median CPU time of the rendering thread per round and the bytes it allocates. Thread
 * CPU time, not wall time, so that other processes on a shared machine move the figure as little as
 * possible; allocated bytes, which load does not move at all. Run it with the
 * jar before and after a change, interleaved (A B A B), with the launcher's JVM options:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/gazette.jar bench/BodyBench.java SITE [ROUNDS]</pre>
 */
public final class BodyBench {

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java -cp target/gazette.jar bench/BodyBench.java SITE [ROUNDS]");
            System.exit(2);
        }
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        List<String> bodies = new ArrayList<>();
        for (Path file : files) {
            bodies.add(body(Files.readString(file)));
        }
        BodyRenderer renderer = new BodyRenderer();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
        long[] cpu = new long[rounds];
        long[] bytes = new long[rounds];
        long chars = 0;
        for (int round = -3; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            long allocatedBefore = allocation.getCurrentThreadAllocatedBytes();
            chars = 0;
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                Path bundle = file.getFileName().toString().equals("index.md") ? file.getParent() : null;
                Problems problems = new Problems();
                BodyContext context = new BodyContext(site, file, bundle, 1, List.of(), f -> "x/", "/",
                        problems.in(site.relativize(file).toString()));
                chars += renderer.render(bodies.get(i), context).html().html().length();
            }
            if (round >= 0) {
                cpu[round] = threads.getCurrentThreadCpuTime() - start;
                bytes[round] = allocation.getCurrentThreadAllocatedBytes() - allocatedBefore;
            }
        }
        Arrays.sort(cpu);
        Arrays.sort(bytes);
        System.out.printf(Locale.ROOT, "%d bodies, %d characters of HTML: median %.0f ms CPU per round (min %.0f, max %.0f), %.0f MB allocated, load %s%n",
                files.size(), chars, cpu[rounds / 2] / 1e6, cpu[0] / 1e6, cpu[rounds - 1] / 1e6, bytes[rounds / 2] / 1e6,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    /** The body of a Markdown file: what follows the front matter's closing line. */
    private static String body(String text) {
        if (!text.startsWith("---")) {
            return text;
        }
        int end = text.indexOf("\n---", 3);
        int line = end < 0 ? -1 : text.indexOf('\n', end + 4);
        return line < 0 ? "" : text.substring(line + 1);
    }
}
