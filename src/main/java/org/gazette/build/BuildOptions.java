package org.gazette.build;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build and how.
 *
 * @param source the site root (with {@code content/}, {@code data/}, {@code templates/}, {@code assets/})
 * @param output where the finished site goes; null when only checking
 * @param today  the build day, or null to take it from {@code SOURCE_DATE_EPOCH} or the clock
 */
public record BuildOptions(Path source, Path output, LocalDate today) {

    public static BuildOptions build(Path source, Path output) {
        return new BuildOptions(source, output, null);
    }

    public static BuildOptions check(Path source) {
        return new BuildOptions(source, null, null);
    }

    public boolean writes() {
        return output != null;
    }

    public BuildOptions on(LocalDate day) {
        return new BuildOptions(source, output, day);
    }
}
