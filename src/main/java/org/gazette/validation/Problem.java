package org.gazette.validation;

import java.util.Comparator;
import java.util.Objects;

/**
 * One mistake in the sources, located as precisely as it can be known.
 *
 * @param file    path of the source file relative to the site root, with forward slashes
 * @param line    1-based line in that file, or 0 when no single line is to blame
 * @param field   the front matter or data field concerned (e.g. {@code schedule[2].start}), or null
 * @param message what is wrong, in plain Chinese for an editor
 * @param hint    what to write instead, or null when the message already says it
 */
public record Problem(String file, int line, String field, String message, String hint) {

    /** Order of the report: by file, then line, then field. */
    public static final Comparator<Problem> REPORT_ORDER = Comparator
            .comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing(p -> Objects.toString(p.field(), ""))
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** Formats the problem as {@code path:line: field: message —— hint}, the form editors see. */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(": ");
        if (field != null && !field.isEmpty()) {
            out.append(field).append(": ");
        }
        out.append(message);
        if (hint != null && !hint.isEmpty()) {
            out.append(" —— ").append(hint);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
