package org.gazette.build;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gazette.content.ContentFile;
import org.gazette.content.Document;
import org.gazette.markup.RenderedBody;
import org.gazette.pages.PlannedPage;
import org.gazette.site.DocumentEvents;
import org.gazette.validation.Problem;

/**
 * What processing one Markdown file gave: the document (null when its front matter has mistakes),
 * its problems, the bundle files it publishes, its links to other documents (checked once every
 * document is known), and the paths it wrote. A rebuild reuses the outcome of a file whose
 * fingerprint did not change.
 *
 * @param fingerprint signatures of the file and of every file of its bundle
 * @param published   bundle files the document declares or links, which are published with it
 * @param outputs     paths below the site root the document wrote or will write (its page, files, downloads)
 * @param page        its page, planned but not yet rendered (上一篇/下一篇 need the site index), or null
 * @param events      its activities and deadlines as its page was made with them, which the site index
 *                    takes rather than making them again; null when no page was made
 */
record DocumentOutcome(ContentFile source, List<String> fingerprint, Document document, List<Problem> errors,
                       List<Problem> warnings, Set<Path> published, List<RenderedBody.DocumentLink> documentLinks,
                       List<String> outputs, PlannedPage page, DocumentEvents events) {

    DocumentOutcome {
        fingerprint = List.copyOf(fingerprint);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        published = Set.copyOf(published);
        documentLinks = List.copyOf(documentLinks);
        outputs = List.copyOf(outputs);
    }

    /** The events the document pass made for each document's page, for the site index to take as they are. */
    static Function<Document, DocumentEvents> eventsMade(List<DocumentOutcome> outcomes) {
        Map<Document, DocumentEvents> made = new IdentityHashMap<>();
        for (DocumentOutcome outcome : outcomes) {
            if (outcome.document() != null && outcome.events() != null) {
                made.put(outcome.document(), outcome.events());
            }
        }
        return made::get;
    }
}
