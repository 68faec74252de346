import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildResult;
import org.gazette.build.SiteBuilder;
import org.gazette.build.SourceChanges;

/**
 * The one-file-changed figure of the benchmark: in one running process, as the preview server
 * ({@code gazette serve}) does, builds the site once, then edits one notice again and again and
 * times each rebuild. At the end the notice is restored and the site rebuilt, so the output is
 * again the corpus's. MODE says what an edit is and what the builder is told:
 * <ul>
 * <li>{@code body} (default): a paragraph appended to the body; the builder is told which file
 *     changed, as the preview's file watcher tells it;</li>
 * <li>{@code front}: the title changed (front matter: lists and calendars change too), told;</li>
 * <li>{@code scan}: a paragraph appended, not told: the builder looks at every file itself.</li>
 * </ul>
 *
 * Several modes, comma-separated ({@code body,front}), share one full build. At the end it prints
 * the process's peak resident memory (what a preview of the site holds) and the load average;
 * {@code -Dbench.histogram=N} then prints the N classes that hold most of the live heap.
 *
 * <pre>java -cp target/gazette.jar bench/RebuildBench.java SITE OUTPUT [EDITS] [MODE[,MODE…]]</pre>
 */
public final class RebuildBench {

    private static boolean severalModes;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java -cp target/gazette.jar bench/RebuildBench.java SITE OUTPUT [EDITS] [body|front|scan]");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        List<String> modes = List.of((args.length > 3 ? args[3] : "body").split(","));
        for (String mode : modes) {
            if (!List.of("body", "front", "scan").contains(mode)) {
                throw new IllegalArgumentException("MODE is body, front or scan (or several, comma-separated), not " + mode);
            }
        }
        SiteBuilder builder = new SiteBuilder();
        BuildOptions options = BuildOptions.build(site, output);

        long start = System.nanoTime();
        BuildResult full = builder.build(options);
        System.out.printf("   in-process full build: %d documents, %.2f s%n", full.documents(), seconds(start));
        // Whether the full build or the rebuilds set the peak (docs/performance.md).
        System.out.printf("   peak memory after the full build: %s%n", peakResident());
        // One full build serves every mode: at 10,000 notices it is the slow part.
        severalModes = modes.size() > 1;
        for (String mode : modes) {
            edits(builder, options, site, edits, mode);
        }
        System.out.printf("   peak memory of the process: %s; load average %.2f%n", peakResident(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (System.getProperty("bench.histogram") != null) {
            printHistogram(Integer.parseInt(System.getProperty("bench.histogram")));
        }
    }

    /**
     * -Dbench.histogram=N: the N classes holding most of the live heap after the rebuilds, which is
     * what the preview keeps. Asked of the JVM's own diagnostic command bean, since attaching
     * {@code jcmd} or {@code jmap} to the process is not always allowed.
     */
    private static void printHistogram(int lines) throws Exception {
        String histogram = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        histogram.lines().limit(lines + 3L).forEach(line -> System.out.println("   " + line));
        histogram.lines().reduce((first, second) -> second).ifPresent(total -> System.out.println("   " + total));
    }

    /** Edits one notice {@code edits} times in the given mode, timing each rebuild, then restores it and builds again. */
    private static void edits(SiteBuilder builder, BuildOptions options, Path site, int edits, String mode) throws Exception {
        long start;

        // -Dbench.jfr=FILE records the rebuilds only (not the full build) for a profile; FILE-MODE.jfr for several modes.
        jdk.jfr.Recording recording = null;
        if (System.getProperty("bench.jfr") != null) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        Path edited = oneNotice(site);
        byte[] original = Files.readAllBytes(edited);
        String text = new String(original, StandardCharsets.UTF_8);
        SourceChanges told = "scan".equals(mode) ? SourceChanges.unknown() : SourceChanges.files(java.util.Set.of(edited));
        List<Double> times = new ArrayList<>();
        // CPU seconds of the whole process per rebuild: steadier than wall time on a shared, busy machine.
        List<Double> cpu = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int made = 0;
        try {
            for (int i = 1; i <= edits; i++) {
                String changed = "front".equals(mode) ? text.replaceFirst("(?m)^title: ", "title: （第" + i + "次修改）")
                        : text + "\n\n基准测试第" + i + "次修改：本段内容由重建基准追加。\n";
                Files.writeString(edited, changed);
                start = System.nanoTime();
                long cpuStart = os.getProcessCpuTime();
                BuildResult again = builder.build(options, told);
                times.add(seconds(start));
                cpu.add((os.getProcessCpuTime() - cpuStart) / 1e9);
                made = again.pages();
                if (!again.rebuild()) {
                    throw new IllegalStateException("the build after an edit was a full build, not a rebuild");
                }
            }
        } finally {
            Files.write(edited, original);
        }
        if (recording != null) {
            String file = System.getProperty("bench.jfr");
            recording.dump(Path.of(severalModes ? file.replaceFirst("(\\.jfr)?$", "-" + mode + ".jfr") : file));
            recording.close();
        }
        builder.build(options);
        Collections.sort(times);
        Collections.sort(cpu);
        // The first edits still warm the JIT up; the median is what an editor feels after a while.
        System.out.printf("   one file changed (%s, %s), %d rebuilds in one process: median %.3f s, fastest %.3f s, "
                        + "slowest %.3f s; %d pages and files made again each time%n",
                site.relativize(edited), mode, edits, times.get(times.size() / 2), times.get(0),
                times.get(times.size() - 1), made);
        System.out.printf("   CPU per rebuild (all threads): median %.3f s, least %.3f s%n", cpu.get(cpu.size() / 2), cpu.get(0));
    }

    /** The process's peak resident memory (VmHWM of Linux's /proc/self/status), or "unknown". */
    private static String peakResident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "unknown";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> String.format("%.0f MiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0))
                .findFirst().orElse("unknown");
    }

    /** The first notice in file-name order, so every run edits the same one. */
    private static Path oneNotice(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("content/notices"))) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no notice under " + site.resolve("content/notices")));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
