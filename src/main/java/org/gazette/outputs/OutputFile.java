package org.gazette.outputs;

import java.io.IOException;
import java.io.OutputStream;
import org.gazette.catalogue.Product;

/**
 * A file to publish.
 *
 * @param path    the file below the site root, e.g. {@code calendar/site.ics}
 * @param origin  what asked for it (a source path or a description), for messages
 * @param inputs  everything the bytes are made from (records, compared with {@code equals}), so a
 *                rebuild can skip a file whose inputs did not change; null when not known, and the
 *                file is then always written
 * @param content writes the bytes; called once, possibly on another thread
 */
public record OutputFile(String path, String origin, Object inputs, Content content) implements Product {

    /** A file whose inputs are not known: written on every build. */
    public OutputFile(String path, String origin, Content content) {
        this(path, origin, null, content);
    }

    /** Writes a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file whose bytes are already known. */
    public static OutputFile of(String path, String origin, byte[] bytes) {
        return new OutputFile(path, origin, out -> out.write(bytes));
    }
}
