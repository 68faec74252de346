package org.gazette.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jar's entry point: starts the command in a JVM tuned for a build, because {@code java -jar}
 * cannot carry JVM options. A build is a short burst of parallel work: the C1 compiler alone and
 * the serial collector cost a fraction of the CPU and memory the defaults take (C2 spends more time
 * compiling than its faster code gives back), and the class-data archive made at package time
 * ({@code gazette.jsa} beside the jar) spares loading four thousand classes. Measured in
 * {@code docs/performance.md}.
 *
 * <p>The command runs in place instead when started from classes rather than the jar, when it is
 * already the tuned JVM, or when {@code GAZETTE_JAVA_OPTS=inherit}. Other values of
 * {@code GAZETTE_JAVA_OPTS} are added to the tuned JVM's options (e.g. {@code -Xmx2g}).
 */
public final class Launcher {

    static final String CHILD = "gazette.tuned";
    static final List<String> TUNING = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /**
     * Added for {@code serve}, which keeps a whole site in memory for hours: the serial collector
     * otherwise grows the heap to keep 40 % of it free after a full collection, and a preview of
     * 10,000 notices then touches some 1 GiB (docs/performance.md).
     */
    static final List<String> SERVE_TUNING = List.of("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20");

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String extra = System.getenv("GAZETTE_JAVA_OPTS");
        Path jar = ownJar();
        if (System.getProperty(CHILD) != null || jar == null || "inherit".equals(extra)) {
            GazetteCommand.main(args);
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(tuning(args));
        Path archive = jar.resolveSibling("gazette.jsa");
        boolean recording = extra != null && extra.contains("-XX:ArchiveClassesAtExit");
        if (Files.isReadable(archive) && !recording) {
            // An archive made by another JDK or for a moved jar is skipped without a word.
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        }
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.add("-D" + CHILD + "=true");
        command.add("-cp");
        command.add(jar.toString());
        command.add(GazetteCommand.class.getName());
        command.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (java.io.IOException e) {
            System.err.println("无法启动构建用的 Java 进程（" + command.get(0) + "）：" + e.getMessage()
                    + " —— 设置环境变量 GAZETTE_JAVA_OPTS=inherit 可在当前进程中运行");
            System.exit(GazetteCommand.FAILURE);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        System.exit(child.waitFor());
    }

    /** The options tuning the JVM for the command: {@link #TUNING}, and {@link #SERVE_TUNING} for {@code serve}. */
    static List<String> tuning(String[] args) {
        List<String> tuning = new ArrayList<>(TUNING);
        if (args.length > 0 && "serve".equals(args[0])) {
            tuning.addAll(SERVE_TUNING);
        }
        return tuning;
    }

    /** The jar this class was loaded from, or null when it runs from a folder of classes. */
    private static Path ownJar() {
        try {
            File location = new File(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.isFile() && location.getName().endsWith(".jar") ? location.toPath() : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }
}
