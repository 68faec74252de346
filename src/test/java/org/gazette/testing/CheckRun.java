package org.gazette.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gazette.validation.Problem;

/**
 * The outcome of checking a test site: what {@code gazette check} printed and returned, and the
 * problems {@link org.gazette.build.SiteBuilder} reported, in report order.
 */
public record CheckRun(int exitStatus, String out, String err, List<Problem> problems) {

    /** The only problem found; fails the test when there are none or several. */
    public Problem onlyProblem() {
        assertThat(problems).as("problems found").hasSize(1);
        return problems.get(0);
    }

    /** The only problem reported for a field; fails the test when there are none or several. */
    public Problem problemWithField(String field) {
        List<Problem> matching = problems.stream().filter(p -> field.equals(p.field())).toList();
        assertThat(matching).as("problems of field %s among %s", field, problems).hasSize(1);
        return matching.get(0);
    }

    /** The only problem reported for a file; fails the test when there are none or several. */
    public Problem problemInFile(String file) {
        List<Problem> matching = problems.stream().filter(p -> file.equals(p.file())).toList();
        assertThat(matching).as("problems of file %s among %s", file, problems).hasSize(1);
        return matching.get(0);
    }
}
