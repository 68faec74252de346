package org.gazette.build;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build and how.
 *
 * @param source the site root (with {@code content/}, {@code data/}, {@code templates/}, {@code assets/})
 * @param output where the finished site goes; null when only checking
 * @param today  the build day, or null to take it from {@code SOURCE_DATE_EPOCH} or the clock
 * @param drafts true to show drafts under a 草稿 banner: for a preview only, never for {@code build}
 * @param future true to show documents dated after the build day under a 定时发布 banner: preview only
 * @param force  true to replace an output folder that holds other files than a site Gazette made
 */
public record BuildOptions(Path source, Path output, LocalDate today, boolean drafts, boolean future, boolean force) {

    /** Options of a real build: no draft and no future-dated document is published. */
    public BuildOptions(Path source, Path output, LocalDate today) {
        this(source, output, today, false, false, false);
    }

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
        return new BuildOptions(source, output, day, drafts, future, force);
    }

    /** The same options, showing drafts and/or future-dated documents as a preview does. */
    public BuildOptions including(boolean drafts, boolean future) {
        return new BuildOptions(source, output, today, drafts, future, force);
    }

    /** The same options, replacing the output folder even when Gazette did not make it ({@code --force}). */
    public BuildOptions forcing(boolean force) {
        return new BuildOptions(source, output, today, drafts, future, force);
    }
}
