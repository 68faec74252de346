package org.gazette.content;

import java.nio.file.Path;
import java.util.Set;

/**
 * A Markdown file under {@code content/} that will become a page, with where it will be published.
 *
 * @param sourcePath  the file relative to the site root, forward slashes
 * @param file        the file on disk
 * @param bundle      the folder of a bundle ({@code index.md}), else null
 * @param url         the page path below the site root, ending in {@code /} (empty for the root)
 * @param defaultType the type implied by the folder
 */
public record ContentFile(String sourcePath, Path file, Path bundle, String url, DocumentType defaultType) {

    /** The bundle folder among {@code bundles} that holds {@code file} (the nearest), or null when none does. */
    public static Path owningBundle(Path file, Set<Path> bundles) {
        for (Path cursor = file.getParent(); cursor != null; cursor = cursor.getParent()) {
            if (bundles.contains(cursor)) {
                return cursor;
            }
        }
        return null;
    }
}
