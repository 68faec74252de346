package org.gazette.checks;

import java.io.IOException;

/**
 * The output folder given cannot be used: it lies inside the sources, holds them, or is a file. A
 * mistake in the command line (exit status 2), not in the content and not the machine's failure.
 */
public final class OutputFolderException extends IOException {

    private static final long serialVersionUID = 1L;

    OutputFolderException(String message) {
        super(message);
    }
}
