import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildResult;
import org.gazette.build.SiteBuilder;

/**
 * How much of a cold build is warming up: in one process, builds the same site again and again,
 * each time with a new builder into a new output folder, and prints each build's wall and CPU time
 * (the whole process's CPU, compiler threads included). The first build pays for loading classes,
 * interpreting and compiling the code it runs; the last ones are the work itself. The difference is
 * what only compiled code that outlives the process (a native image, a JDK's ahead-of-time code) or
 * a process kept warm could remove.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/gazette.jar bench/WarmBuildBench.java SITE OUTPUT [BUILDS]</pre>
 */
public final class WarmBuildBench {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java -cp target/gazette.jar bench/WarmBuildBench.java SITE OUTPUT [BUILDS]");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int builds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("   JVM started %d ms before the first build (%.2f s CPU so far)%n",
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(),
                os.getProcessCpuTime() / 1e9);
        for (int i = 1; i <= builds; i++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            BuildResult result = new SiteBuilder().build(BuildOptions.build(site, output.resolve("build-" + i)));
            System.out.printf("   build %2d: %d documents, %.3f s wall, %.3f s CPU%n", i, result.documents(),
                    (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
        }
    }
}
