package org.gazette.build;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * What changed in the sources since the last build, as a file watcher saw it: the files created,
 * modified or deleted, or "unknown" when nobody watched (a build from the command line) or the
 * watcher lost track. A rebuild told exactly what changed need not look at anything else.
 *
 * @param files     absolute, normalised paths of the files that changed
 * @param folders   true when a folder itself was created, deleted or renamed, so the set of files
 *                  below it may have changed without an event for each
 * @param known     false when nothing is known and every file must be looked at
 */
public record SourceChanges(Set<Path> files, boolean folders, boolean known) {

    private static final SourceChanges UNKNOWN = new SourceChanges(Set.of(), true, false);

    public SourceChanges {
        files = Set.copyOf(files);
    }

    /** Nothing changed. */
    public static SourceChanges none() {
        return new SourceChanges(Set.of(), false, true);
    }

    /** Nothing is known: the builder looks at every file. */
    public static SourceChanges unknown() {
        return UNKNOWN;
    }

    /** Exactly these files changed, and no folder. */
    public static SourceChanges files(Set<Path> files) {
        Set<Path> normalised = new HashSet<>();
        files.forEach(file -> normalised.add(file.toAbsolutePath().normalize()));
        return new SourceChanges(normalised, false, true);
    }

    /** Both sets of changes, as if they had been seen at once. */
    public SourceChanges and(SourceChanges other) {
        if (!known || !other.known) {
            return UNKNOWN;
        }
        Set<Path> all = new HashSet<>(files);
        all.addAll(other.files);
        return new SourceChanges(all, folders || other.folders, true);
    }

    /** True when a file below {@code folder} changed, or it cannot be known. */
    public boolean touch(Path folder) {
        if (!known || folders) {
            return true;
        }
        for (Path file : files) {
            if (file.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }
}
