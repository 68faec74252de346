package org.gazette.markup;

import java.nio.file.Path;
import java.util.List;

/**
 * A document body ready for its page.
 *
 * @param html        the sanitised HTML
 * @param linkedFiles bundle files the body links to or shows; they are published with the page
 * @param tables      the tables that are also offered as attachments
 * @param documentLinks links to other documents; whether each is published is known only once every
 *                      document is read, so the builder checks them then
 * @param text        the text a reader sees in it, as jsoup's {@code text()} reads the HTML, when the
 *                    renderer took it while rendering; else null (read it from the HTML)
 */
public record RenderedBody(SafeHtml html, List<Path> linkedFiles, List<BodyTable> tables, List<DocumentLink> documentLinks,
                           String text) {

    public RenderedBody {
        linkedFiles = List.copyOf(linkedFiles);
        tables = List.copyOf(tables);
        documentLinks = List.copyOf(documentLinks);
    }

    /** A body whose text was not taken while rendering. */
    public RenderedBody(SafeHtml html, List<Path> linkedFiles, List<BodyTable> tables, List<DocumentLink> documentLinks) {
        this(html, linkedFiles, tables, documentLinks, null);
    }

    /**
     * A link in the body to another document's Markdown file.
     *
     * @param target the Markdown file linked to
     * @param href   the address as the editor wrote it
     * @param line   the file line of the link
     */
    public record DocumentLink(Path target, String href, int line) {
    }
}
