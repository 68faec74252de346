package org.gazette.markup;

import java.nio.file.Path;
import java.util.List;
import org.gazette.content.Attachment;
import org.gazette.validation.Problems;

/**
 * What the body renderer needs to know about the document it renders.
 *
 * @param siteRoot         the site root, for showing paths in messages
 * @param file             the Markdown file, for resolving relative links
 * @param bundle           the document's folder when it is a bundle, else null
 * @param bodyFirstLine    the file line the body starts on
 * @param tables           attachments that are tables in the body ({@code table: true})
 * @param pages            where other documents are published, for links written as {@code ../x/index.md}
 * @param basePath         the site's base path ({@code /} or {@code /kjz/})
 * @param problems         where to report, scoped to the document's file
 */
public record BodyContext(Path siteRoot, Path file, Path bundle, int bodyFirstLine, List<Attachment> tables, PageLookup pages,
                          String basePath, Problems.Scope problems) {

    /** Finds the page a Markdown file is published as. */
    @FunctionalInterface
    public interface PageLookup {
        /**
         * The page path below the site root (e.g. {@code notices/2022/a/}) of a Markdown file under
         * {@code content/}, or null when there is no such document. Whether it is published (not a
         * draft, no mistakes) is checked by the builder once every document is read.
         */
        String pageOf(Path markdownFile);
    }
}
