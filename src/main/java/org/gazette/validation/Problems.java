package org.gazette.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects the problems and warnings of one build. Safe to report into from several threads, since
 * documents are read and rendered in parallel.
 */
public final class Problems {

    private final ConcurrentLinkedQueue<Problem> errors = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Problem> warnings = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<String, AtomicInteger> errorsPerFile = new ConcurrentHashMap<>();

    /** Records a mistake that stops the build. */
    public void error(String file, int line, String field, String message, String hint) {
        error(new Problem(file, line, field, message, hint));
    }

    /** Records a mistake that stops the build. */
    public void error(Problem problem) {
        errors.add(problem);
        errorsPerFile.computeIfAbsent(problem.file(), f -> new AtomicInteger()).incrementAndGet();
    }

    /** How many errors were reported for one file so far; lets a reader tell whether its file was clean. */
    public int errorCount(String file) {
        AtomicInteger count = errorsPerFile.get(file);
        return count == null ? 0 : count.get();
    }

    /** Records something the editor should know about that does not stop the build. */
    public void warning(String file, int line, String field, String message, String hint) {
        warnings.add(new Problem(file, line, field, message, hint));
    }

    /** Takes over every error and warning another collector holds, e.g. one document's problems. */
    public void addAll(java.util.Collection<Problem> errors, java.util.Collection<Problem> warnings) {
        errors.forEach(this::error);
        this.warnings.addAll(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors in report order (by file and line), so output is the same on every run. */
    public List<Problem> errors() {
        return sorted(errors);
    }

    /** The warnings in report order. */
    public List<Problem> warnings() {
        return sorted(warnings);
    }

    /** A view that prefixes every field reported through it, for nested items such as {@code schedule[1]}. */
    public Scope in(String file) {
        return new Scope(this, file, null);
    }

    private static List<Problem> sorted(ConcurrentLinkedQueue<Problem> queue) {
        List<Problem> list = new ArrayList<>(queue);
        list.sort(Problem.REPORT_ORDER);
        return List.copyOf(list);
    }

    /** Problems of one file, optionally under a field prefix. */
    public record Scope(Problems problems, String file, String fieldPrefix) {

        /** Reports an error at the given line for a field below this scope's prefix. */
        public void error(int line, String field, String message, String hint) {
            problems.error(file, line, qualify(field), message, hint);
        }

        /** Reports a warning at the given line for a field below this scope's prefix. */
        public void warning(int line, String field, String message, String hint) {
            problems.warning(file, line, qualify(field), message, hint);
        }

        /** A scope for the fields of a nested item, e.g. {@code in("schedule[2]")}. */
        public Scope field(String name) {
            return new Scope(problems, file, qualify(name));
        }

        private String qualify(String field) {
            if (fieldPrefix == null) {
                return field;
            }
            if (field == null || field.isEmpty()) {
                return fieldPrefix;
            }
            return field.startsWith("[") ? fieldPrefix + field : fieldPrefix + "." + field;
        }
    }
}
