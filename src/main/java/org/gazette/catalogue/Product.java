package org.gazette.catalogue;

/**
 * One file an output family asks the build to publish: a page for a template, bytes from a writer
 * or a source file copied as it is.
 */
public interface Product {

    /** The file below the site root, e.g. {@code notices/index.html}. */
    String path();

    /** The source file or description of what asked for it, for messages. */
    String origin();
}
