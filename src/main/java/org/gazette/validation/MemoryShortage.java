package org.gazette.validation;

/**
 * The Java heap was too small for the site: the machine's limit, not the content's mistake. Says so in
 * Chinese with the figure that was too small and the option that raises it, for the command line and
 * for the preview's error page alike.
 */
public final class MemoryShortage {

    private static final long MIB = 1024 * 1024;

    private final long maxHeapBytes;

    private MemoryShortage(long maxHeapBytes) {
        this.maxHeapBytes = maxHeapBytes;
    }

    /** The shortage behind {@code failure}, wherever in its causes (a worker's error arrives wrapped), or null. */
    public static MemoryShortage behind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return new MemoryShortage(Runtime.getRuntime().maxMemory());
            }
        }
        return null;
    }

    /** For a heap of the given size; {@link #behind} uses the running JVM's. */
    static MemoryShortage ofHeap(long maxHeapBytes) {
        return new MemoryShortage(maxHeapBytes);
    }

    /** What happened, e.g. "内存不足：Java 最多可用 1,536 MB 内存，不够生成这个网站". */
    public String words() {
        return String.format("内存不足：Java 最多可用 %,d MB 内存，不够生成这个网站", maxHeapBytes / MIB);
    }

    /** What to do: give the JVM twice the heap, in whole gigabytes, through the launcher's variable. */
    public String hint() {
        return "设置环境变量 GAZETTE_JAVA_OPTS=-Xmx" + suggestedGigabytes() + "g（给 Gazette 更多内存）后重新运行";
    }

    long suggestedGigabytes() {
        long doubled = 2 * maxHeapBytes;
        return Math.max(1, (doubled + 1024 * MIB - 1) / (1024 * MIB));
    }
}
