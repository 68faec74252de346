package org.gazette.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The collector of one build: errors and warnings apart, nested fields named in full, safe from many threads. */
class ProblemsTest {

    @Test
    void namesNestedFieldsInFull() {
        Problems problems = new Problems();

        problems.in("a.md").field("schedule[2]").error(7, "end", "结束早于开始", null);
        problems.in("a.md").field("contacts").field("[1]").error(9, "phone", "缺少区号", null);

        assertThat(problems.errors()).extracting(Problem::field).containsExactly("schedule[2].end", "contacts[1].phone");
    }

    @Test
    void keepsWarningsApartFromErrors() {
        Problems problems = new Problems();

        problems.in("a.md").warning(5, "正文", "删除了 <script>", null);

        assertThat(problems.hasErrors()).isFalse();
        assertThat(problems.warnings()).hasSize(1);
    }

    @Test
    void countsErrorsPerFile() {
        Problems problems = new Problems();

        problems.error("a.md", 1, null, "m", null);
        problems.error("a.md", 2, null, "m", null);

        assertThat(problems.errorCount("a.md")).isEqualTo(2);
        assertThat(problems.errorCount("b.md")).isZero();
    }

    @Test
    void collectsFromManyThreadsWithoutLosingAny() {
        Problems problems = new Problems();

        IntStream.range(0, 1000).parallel().forEach(i -> problems.error("f" + (i % 7) + ".md", i, null, "m", null));

        assertThat(problems.errors()).hasSize(1000).isSortedAccordingTo(Problem.REPORT_ORDER);
    }
}
