package org.gazette.serve;

import java.util.List;
import org.gazette.validation.Problem;

/**
 * What the preview holds now.
 *
 * @param version  changes whenever a build changed the site; pages served with another reload
 * @param hasSite  false until a build has succeeded: there are no pages to show yet
 * @param problems the mistakes that stopped the last build, empty when it succeeded
 * @param warnings what the last build said the editor should know
 */
record PreviewState(long version, boolean hasSite, List<Problem> problems, List<Problem> warnings) {

    PreviewState {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** Each problem as {@code gazette check} prints it: {@code file:line: field: message —— hint}. */
    List<String> problemLines() {
        return problems.stream().map(Problem::format).toList();
    }
}
