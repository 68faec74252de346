package org.gazette.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gazette.content.ContentFile;
import org.gazette.content.Document;
import org.gazette.markup.RenderedBody;
import org.gazette.pages.PlannedPage;
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
 */
record DocumentOutcome(ContentFile source, List<String> fingerprint, Document document, List<Problem> errors,
                       List<Problem> warnings, Set<Path> published, List<RenderedBody.DocumentLink> documentLinks,
                       List<String> outputs, PlannedPage page) {

    DocumentOutcome {
        fingerprint = List.copyOf(fingerprint);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        published = Set.copyOf(published);
        documentLinks = List.copyOf(documentLinks);
        outputs = List.copyOf(outputs);
    }
}
