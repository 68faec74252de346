package org.gazette.build;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A seam for tests that make the machine fail: a full disk while files are written, a kill between
 * the steps of publishing. Production code announces each such step with {@link #reach}; with no
 * injector installed (always, outside tests) that does nothing.
 */
public final class FaultInjection {

    /** The steps a test can make fail. */
    public enum Point {
        /** A page or file is about to be written into the staging folder. */
        WRITE,
        /** The old site is about to be moved aside. */
        MOVE_OLD_ASIDE,
        /** The new site is about to be moved into place. */
        MOVE_NEW_INTO_PLACE,
        /** The old site, moved aside, is about to be deleted. */
        DELETE_OLD
    }

    /** What a test does at a step: throw to make it fail. */
    @FunctionalInterface
    public interface Injector {
        void at(Point point, Path path) throws IOException;
    }

    /**
     * A point at which the process halts at once, as if killed (no cleanup, no shutdown hooks), taken
     * from the system property {@code gazette.faults.halt}: how tests kill a build at each step.
     */
    private static final String HALT_AT = System.getProperty("gazette.faults.halt");

    /** The exit status of a process halted at a fault point. */
    public static final int HALTED = 86;

    private static volatile Injector injector;

    private FaultInjection() {
    }

    /** Installs an injector until the returned handle is closed. */
    public static AutoCloseable install(Injector faults) {
        injector = faults;
        return () -> injector = null;
    }

    static void reach(Point point, Path path) throws IOException {
        if (point.name().equals(HALT_AT)) {
            Runtime.getRuntime().halt(HALTED);
        }
        Injector current = injector;
        if (current != null) {
            current.at(point, path);
        }
    }
}
