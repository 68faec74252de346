package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletionException;
import org.gazette.site.BuildDay;
import org.junit.jupiter.api.Test;

/** A failure that is not a content mistake gets its own exit status and Chinese words, never a stack trace. */
class FailuresTest {

    @Test
    void aSourceDateEpochThatIsNotANumberIsAWrongInvocationInChinese() {
        Throwable wrongDay = catchThrowable(() -> BuildDay.resolve(ZoneId.of("Asia/Shanghai"), "yesterday", Clock.systemUTC()));
        StringWriter text = new StringWriter();

        int status = Failures.report(new PrintWriter(text), new IllegalStateException("while building", wrongDay), true);

        assertThat(status).isEqualTo(GazetteCommand.USAGE);
        assertThat(text.toString())
                .startsWith("构建失败：环境变量 SOURCE_DATE_EPOCH 应是从 1970-01-01 00:00 UTC 起的整秒数")
                .contains("现在是“yesterday”", "请改为整秒数", "原有网站保持不变。")
                .doesNotContain("内部出错").doesNotContain("Exception");
    }

    @Test
    void runningOutOfMemoryIsTheMachinesLimitWithTheOptionThatRaisesItAndTheSiteStaysAsItWas() {
        Throwable outOfMemory = new IllegalStateException("the document pass failed",
                new CompletionException(new OutOfMemoryError("Java heap space")));
        StringWriter text = new StringWriter();

        int status = Failures.report(new PrintWriter(text), outOfMemory, true);

        assertThat(status).isEqualTo(GazetteCommand.FAILURE);
        assertThat(text.toString())
                .startsWith("构建失败：内存不足：Java 最多可用 ")
                .contains("这不是内容的问题：设置环境变量 GAZETTE_JAVA_OPTS=-Xmx", "原有网站保持不变。")
                .doesNotContain("内部出错").doesNotContain("Error");
    }
}
