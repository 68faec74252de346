package org.gazette.validation;

import java.util.List;

/** Thrown when the sources have mistakes; carries every problem found so they can all be reported. */
public final class BuildFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the sources");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
