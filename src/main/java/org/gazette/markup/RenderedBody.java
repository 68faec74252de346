package org.gazette.markup;

import java.nio.file.Path;
import java.util.List;

/**
 * A document body ready for its page.
 *
 * @param html        the sanitised HTML
 * @param linkedFiles bundle files the body links to or shows; they are published with the page
 * @param tables      the tables that are also offered as attachments
 */
public record RenderedBody(SafeHtml html, List<Path> linkedFiles, List<BodyTable> tables) {

    public RenderedBody {
        linkedFiles = List.copyOf(linkedFiles);
        tables = List.copyOf(tables);
    }
}
