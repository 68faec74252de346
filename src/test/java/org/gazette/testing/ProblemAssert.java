package org.gazette.testing;

import org.assertj.core.api.AbstractAssert;
import org.gazette.validation.Problem;

/** AssertJ assertions on a {@link Problem}: where it points and what it tells the editor. */
public final class ProblemAssert extends AbstractAssert<ProblemAssert, Problem> {

    private ProblemAssert(Problem actual) {
        super(actual, ProblemAssert.class);
    }

    public static ProblemAssert assertThatProblem(Problem actual) {
        return new ProblemAssert(actual);
    }

    /** The problem names this file, line (0 when no line is to blame) and field (null for none). */
    public ProblemAssert isAt(String file, int line, String field) {
        isNotNull();
        if (!actual.file().equals(file) || actual.line() != line || !java.util.Objects.equals(actual.field(), field)) {
            failWithMessage("Expected problem at %s:%d field %s but was <%s>", file, line, field, actual.format());
        }
        return this;
    }

    public ProblemAssert hasMessageContaining(String text) {
        isNotNull();
        if (!actual.message().contains(text)) {
            failWithMessage("Expected message of <%s> to contain <%s>", actual.format(), text);
        }
        return this;
    }

    public ProblemAssert hasHintContaining(String text) {
        isNotNull();
        if (actual.hint() == null || !actual.hint().contains(text)) {
            failWithMessage("Expected hint of <%s> to contain <%s>", actual.format(), text);
        }
        return this;
    }
}
