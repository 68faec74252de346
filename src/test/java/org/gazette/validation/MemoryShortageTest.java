package org.gazette.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Running out of heap is named as the machine's limit, with the figure and the option that raises it. */
class MemoryShortageTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void aWorkerThreadsOutOfMemoryErrorIsFoundThroughTheExceptionsThatCarryIt() {
        Throwable wrapped = new IllegalStateException("the document pass failed",
                new CompletionException(new OutOfMemoryError("Java heap space")));

        assertThat(MemoryShortage.behind(wrapped)).isNotNull();
        assertThat(MemoryShortage.behind(new IllegalStateException("a bug"))).isNull();
    }

    @Test
    void theMessageNamesTheHeapThatWasTooSmallAndSuggestsTwiceAsMuchInWholeGigabytes() {
        MemoryShortage shortage = MemoryShortage.ofHeap(1536 * MIB);

        assertThat(shortage.words()).isEqualTo("内存不足：Java 最多可用 1,536 MB 内存，不够生成这个网站");
        assertThat(shortage.hint()).isEqualTo("设置环境变量 GAZETTE_JAVA_OPTS=-Xmx3g（给 Gazette 更多内存）后重新运行");
    }

    @Test
    void aSmallHeapIsRoundedUpToAWholeGigabyte() {
        assertThat(MemoryShortage.ofHeap(200 * MIB).suggestedGigabytes()).isEqualTo(1);
        assertThat(MemoryShortage.ofHeap(600 * MIB).suggestedGigabytes()).isEqualTo(2);
    }
}
