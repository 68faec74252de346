package org.gazette.render;

import java.io.IOException;
import java.nio.file.Path;

/** The site has no {@code templates/} folder, so no page can be rendered: a mistake in the site, not the disk. */
public final class MissingTemplatesException extends IOException {

    private static final long serialVersionUID = 1L;

    MissingTemplatesException(Path folder) {
        super("no template folder " + folder);
    }
}
