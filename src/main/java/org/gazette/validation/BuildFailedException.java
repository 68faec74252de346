package org.gazette.validation;

import java.util.List;

/** Thrown when the sources have mistakes; carries every problem found so they can all be reported. */
public final class BuildFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final transient List<Problem> warnings;

    public BuildFailedException(List<Problem> problems, List<Problem> warnings) {
        super(problems.size() + " problem(s) in the sources");
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Warnings found in the same run; worth showing even when the build failed. */
    public List<Problem> warnings() {
        return warnings;
    }
}
