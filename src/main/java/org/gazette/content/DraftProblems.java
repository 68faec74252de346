package org.gazette.content;

import org.gazette.validation.Problem;
import org.gazette.validation.Problems;

/**
 * How the problems of a draft are reported: as warnings starting with {@code （草稿）}, because a
 * draft is not published and its unfinished parts must not stop everyone else's notices.
 * {@link DocumentReader} words its front matter problems so; a preview that shows a draft reports
 * the problems of its body and links through here.
 */
public final class DraftProblems {

    /** The start of every message about a draft. */
    public static final String MARK = "（草稿）";

    private DraftProblems() {
    }

    /** Adds every problem {@code found} in a draft to {@code into} as a warning marked {@link #MARK}. */
    public static void asWarnings(Problems found, Problems into) {
        for (Problem p : found.errors()) {
            into.warning(p.file(), p.line(), p.field(), MARK + p.message(), p.hint());
        }
        for (Problem p : found.warnings()) {
            into.warning(p.file(), p.line(), p.field(), MARK + p.message(), p.hint());
        }
    }
}
