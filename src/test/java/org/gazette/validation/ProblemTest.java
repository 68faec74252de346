package org.gazette.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A problem reads as {@code file:line: field: message —— hint}, leaving out what is not known. */
class ProblemTest {

    @Test
    void formatsFileLineFieldMessageAndHint() {
        Problem problem = new Problem("content/notices/a.md", 3, "date", "日期写成了中文格式", "写成 2022-05-24");

        assertThat(problem.format()).isEqualTo("content/notices/a.md:3: date: 日期写成了中文格式 —— 写成 2022-05-24");
    }

    @Test
    void leavesOutAnUnknownLineAFieldAndAHint() {
        Problem problem = new Problem("content/notices/x.xlsx", 0, null, "这个文件不属于任何文档", null);

        assertThat(problem.format()).isEqualTo("content/notices/x.xlsx: 这个文件不属于任何文档");
    }

    @Test
    void ordersByFileThenLineThenField() {
        Problem a9 = new Problem("a.md", 9, "date", "m", null);
        Problem a10 = new Problem("a.md", 10, "agencies", "m", null);
        Problem a10title = new Problem("a.md", 10, "title", "m", null);
        Problem b1 = new Problem("b.md", 1, null, "m", null);

        assertThat(Stream.of(b1, a10title, a10, a9).sorted(Problem.REPORT_ORDER).toList())
                .containsExactly(a9, a10, a10title, b1);
    }
}
