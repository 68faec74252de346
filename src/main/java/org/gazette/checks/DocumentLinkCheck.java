package org.gazette.checks;

import java.util.List;
import org.gazette.content.Document;
import org.gazette.content.DraftProblems;
import org.gazette.markup.BodyRenderer;
import org.gazette.markup.RenderedBody;
import org.gazette.site.Publication;
import org.gazette.site.SiteIndex;
import org.gazette.validation.Problems;

/**
 * A link to another document must lead to one that is published whenever the linking document is:
 * not a draft, not one with mistakes, and not one scheduled for a later day than the linking
 * document (two notices scheduled for the same day may link to each other). What a preview
 * includes does not matter: it reports what a build would. A draft's links are only warnings.
 */
public final class DocumentLinkCheck {

    private DocumentLinkCheck() {
    }

    /**
     * Reports each of one document's links to another document that would not be published with it;
     * known only once every document has been read.
     *
     * @param sourcePath the linking file, as problems name it
     * @param linker     the linking document
     * @param links      its links to other documents, as its body rendered them
     */
    public static void check(String sourcePath, Document linker, List<RenderedBody.DocumentLink> links, SiteIndex site,
                             Problems problems) {
        Publication publication = site.publication();
        for (RenderedBody.DocumentLink link : links) {
            Document target = site.anyAtFile(link.target());
            if (target != null && publication.publishedBy(target, linker)) {
                continue;
            }
            boolean later = target != null && !target.draft();
            String message = later ? ScheduledLinks.message(link.href(), target.date())
                    : BodyRenderer.unpublishedLinkMessage(link.href());
            String hint = later ? ScheduledLinks.hint(target.date()) : BodyRenderer.UNPUBLISHED_LINK_HINT;
            if (linker.draft()) {
                problems.warning(sourcePath, link.line(), "正文", DraftProblems.MARK + message, hint);
            } else {
                problems.error(sourcePath, link.line(), "正文", message, hint);
            }
        }
    }
}
