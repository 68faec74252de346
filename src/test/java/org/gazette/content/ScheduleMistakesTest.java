package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gazette.fixtures.CalendarSite;
import org.gazette.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every mistake in a schedule or a deadline stops the build with the file, the line, the field and
 * what to write instead. The fixture's notice starts its front matter on line 2 with three fields
 * added before the test's own ({@code title}, {@code date}, {@code agencies}), so the test's first
 * line is line 5.
 */
class ScheduleMistakesTest {

    private static final String FILE = "content/notices/a.md";

    @TempDir
    Path folder;

    private Problem onlyProblem(String frontMatter) {
        CalendarSite site = CalendarSite.in(folder);
        site.notice("a", frontMatter);
        List<Problem> problems = site.problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static void assertAt(Problem problem, int line, String field) {
        assertThat(problem.file()).isEqualTo(FILE);
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.field()).isEqualTo(field);
    }

    @Test
    void impossibleStartDate() {
        Problem problem = onlyProblem("""
                schedule:
                  - title: 启动仪式
                    start: 2026-02-30
                """);

        assertAt(problem, 7, "schedule[1].start");
        assertThat(problem.message()).contains("2026年2月没有30日");
        assertThat(problem.hint()).contains("2026-02-28");
    }

    @Test
    void impossibleTimeOfDay() {
        Problem problem = onlyProblem("""
                schedule:
                  - title: 启动仪式
                    start: 2026-05-16 25:00
                """);

        assertAt(problem, 7, "schedule[1].start");
        assertThat(problem.hint()).contains("24 小时制");
    }

    @Test
    void chineseStyleEndDate() {
        Problem problem = onlyProblem("""
                schedule:
                  - title: 系列活动
                    start: 2026-05-16
                    end: 2026年5月23日
                """);

        assertAt(problem, 8, "schedule[1].end");
        assertThat(problem.hint()).contains("2026-05-23");
    }

    @Test
    void endBeforeStart() {
        Problem problem = onlyProblem("""
                schedule:
                  - title: 系列活动
                    start: 2026-05-23
                    end: 2026-05-16
                """);

        assertAt(problem, 8, "schedule[1].end");
        assertThat(problem.message()).contains("早于开始时间");
    }

    @Test
    void endTimeBeforeStartTimeOnTheSameDay() {
        Problem problem = onlyProblem("""
                schedule:
                  - title: 讲座
                    start: 2026-05-16 14:00
                    end: 2026-05-16 09:00
                """);

        assertAt(problem, 8, "schedule[1].end");
    }

    @Test
    void missingTitle() {
        Problem problem = onlyProblem("""
                schedule:
                  - start: 2026-05-16
                """);

        assertAt(problem, 6, "schedule[1].title");
        assertThat(problem.hint()).contains("title:");
    }

    @Test
    void missingStart() {
        Problem problem = onlyProblem("""
                schedule:
                  - title: 启动仪式
                    location: 县科技馆
                """);

        assertAt(problem, 6, "schedule[1].start");
        assertThat(problem.hint()).contains("start:");
    }

    @Test
    void missingStartOfAnActivityWithOnlyAFuzzyPeriodExplainsWhatToWrite() {
        Problem problem = onlyProblem("""
                schedule:
                  - title: 系列活动
                    when: 2022年5月中旬至6月上旬
                """);

        assertAt(problem, 6, "schedule[1].start");
        assertThat(problem.hint()).contains("大致", "when");
    }

    @Test
    void fuzzyPeriodWrittenAsTheStart() {
        Problem problem = onlyProblem("""
                schedule:
                  - title: 系列活动
                    start: 5月中旬
                """);

        assertAt(problem, 7, "schedule[1].start");
        assertThat(problem.hint()).contains("when");
    }

    @Test
    void secondItemIsNamedByItsPlace() {
        Problem problem = onlyProblem("""
                schedule:
                  - title: 启动仪式
                    start: 2026-05-16
                  - title: 讲座
                    start: 2026-05-32
                """);

        assertAt(problem, 9, "schedule[2].start");
    }

    @Test
    void missingDue() {
        Problem problem = onlyProblem("""
                deadlines:
                  - title: 报送活动总结
                    submit_to: 县科技局
                """);

        assertAt(problem, 6, "deadlines[1].due");
        assertThat(problem.hint()).contains("due:");
    }

    @Test
    void impossibleDue() {
        Problem problem = onlyProblem("""
                deadlines:
                  - title: 报送活动总结
                    due: 2026-06-31
                """);

        assertAt(problem, 7, "deadlines[1].due");
        assertThat(problem.message()).contains("6月没有31日");
    }

    @Test
    void fuzzyDueIsExplainedWithoutSendingTheEditorToAWhenFieldDeadlinesDoNotHave() {
        Problem problem = onlyProblem("""
                deadlines:
                  - title: 报送活动总结
                    due: 6月上旬
                """);

        assertAt(problem, 7, "deadlines[1].due");
        assertThat(problem.hint()).doesNotContain("when").contains("具体的某一天");
    }

    @Test
    void chineseStyleDueGetsTheIsoSpellingWithoutMentioningWhen() {
        Problem problem = onlyProblem("""
                deadlines:
                  - title: 报送活动总结
                    due: 2026年6月14日下午5点
                """);

        assertAt(problem, 7, "deadlines[1].due");
        assertThat(problem.hint()).isEqualTo("写成 2026-06-14 17:00（年-月-日，可加 24 小时制时间）");
    }

    @Test
    void fuzzyStartStillPointsToWhen() {
        Problem problem = onlyProblem("""
                schedule:
                  - title: 讲座
                    start: 5月下旬
                """);

        assertThat(problem.hint()).contains("when");
    }

    @Test
    void missingDeadlineTitle() {
        Problem problem = onlyProblem("""
                deadlines:
                  - due: 2026-06-14
                """);

        assertAt(problem, 6, "deadlines[1].title");
    }

    @Test
    void unknownFieldInADeadlineSuggestsTheRightOne() {
        Problem problem = onlyProblem("""
                deadlines:
                  - title: 报送活动总结
                    due: 2026-06-14
                    截止日期: 2026-06-14
                """);

        assertAt(problem, 8, "deadlines[1].截止日期");
        assertThat(problem.hint()).isEqualTo("是不是想写 due？");
    }
}
