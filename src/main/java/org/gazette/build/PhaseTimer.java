package org.gazette.build;

import java.io.PrintStream;

/**
 * Prints how long each phase of a build took, for the benchmark and for anyone wondering where the
 * time goes: on when the system property {@code gazette.timings} is set
 * ({@code GAZETTE_JAVA_OPTS=-Dgazette.timings=true}); silent otherwise.
 */
final class PhaseTimer {

    private final PrintStream out;
    private long last = System.nanoTime();

    private PhaseTimer(PrintStream out) {
        this.out = out;
    }

    static PhaseTimer start() {
        return new PhaseTimer(Boolean.getBoolean("gazette.timings") ? System.err : null);
    }

    /** Ends the current phase under the given name. */
    void done(String phase) {
        long now = System.nanoTime();
        if (out != null) {
            out.printf("  %-28s %8.0f ms%n", phase, (now - last) / 1e6);
        }
        last = now;
    }
}
