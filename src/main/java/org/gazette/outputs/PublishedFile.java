package org.gazette.outputs;

import java.nio.file.Path;
import org.gazette.catalogue.Product;

/**
 * A source file published as it is, byte for byte.
 *
 * @param source the file on disk
 * @param path   where it is published, below the site root
 * @param origin the document that publishes it, for messages
 */
public record PublishedFile(Path source, String path, String origin) implements Product {
}
