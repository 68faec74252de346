/**
 * The editor's contract as Java: typed records for documents and the shared data files, and the
 * readers that turn Markdown files with YAML front matter and {@code data/*.yaml} into them,
 * reporting every mistake through {@link org.gazette.validation.Problems}.
 *
 * <p>The contract itself is described for editors in {@code docs/editor-guide.md}; one reader
 * class knows each rule ({@link org.gazette.content.DocumentReader} for front matter,
 * {@link org.gazette.content.DataReader} for data files, {@link org.gazette.content.ContentScanner}
 * for which files exist).
 */
package org.gazette.content;
