import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.gazette.markup.QrCode;

/**
 * The QR codes of a build alone: encodes and draws the codes of N page addresses shaped like the
 * corpus's (bench/GenerateCorpus.java), ROUNDS times in one thread, and prints each round's CPU time
 * split into encoding ({@code QrCode.of}: zxing and the module bits) and drawing ({@code svg()}).
 * The first rounds include warming up, as a cold build does; run it with the build's JIT options.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/gazette.jar bench/QrCodeBench.java [N] [ROUNDS]</pre>
 */
public final class QrCodeBench {

    private static final String[] KINDS = {"sci-week", "popsci-day", "three-rural", "sci-worker-day"};
    private static final String[] PLACES = {"linyi", "dali", "haidian", "wuhou", "yuhang", "jiangning", "shapotou"};

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String[] addresses = new String[count];
        for (int i = 0; i < count; i++) {
            addresses[i] = String.format("https://bench.example.gov.cn/%s/%d/%s-%s-%06d/", i % 3 == 0 ? "plans" : "notices",
                    2015 + i % 10, KINDS[i % KINDS.length], PLACES[i % PLACES.length], i);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long drawn = 0;
        for (int round = 1; round <= rounds; round++) {
            QrCode[] codes = new QrCode[count];
            long start = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < count; i++) {
                codes[i] = QrCode.of(addresses[i], "本页网址的二维码");
            }
            long encoded = cpu.getCurrentThreadCpuTime();
            for (QrCode code : codes) {
                drawn += code.svg().html().length();
            }
            long end = cpu.getCurrentThreadCpuTime();
            System.out.printf("   round %2d: %d codes, encoding %.1f ms, drawing %.1f ms CPU%n", round, count,
                    (encoded - start) / 1e6, (end - encoded) / 1e6);
        }
        System.out.printf("   %d characters of SVG drawn; load average %.2f%n", drawn,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
