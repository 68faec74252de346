package org.gazette.content;

import java.nio.file.Path;

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
}
