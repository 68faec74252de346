package org.gazette.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders a build has made below its fresh output folder, so that each is created once rather
 * than asked for again before every file written into it. {@link Files#createDirectories} costs a
 * failing {@code mkdir} and a {@code stat} for a folder that already exists: at 1,000 notices some
 * 3,700 of each, more than half the folder calls of a build (docs/performance.md). Only for a folder
 * nothing else changes while the build writes; safe to use from several threads at once.
 */
public final class Folders {

    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    /** Creates the folder {@code file} goes into, with its parents, unless this build made it already. */
    public void makeParentOf(Path file) throws IOException {
        Path folder = file.getParent();
        if (folder != null && !made.contains(folder)) {
            // Two threads may both get here for one folder: createDirectories accepts one that exists.
            Files.createDirectories(folder);
            made.add(folder);
        }
    }
}
