package org.gazette.build;

import java.util.List;
import org.gazette.validation.Problem;

/**
 * What a successful build produced.
 *
 * @param documents published documents
 * @param pages     pages written (documents and generated pages)
 * @param files     files published from document bundles
 * @param drafts    source paths of drafts, which are not published
 * @param warnings  things the editor should know that did not stop the build
 * @param rebuild   true when only what changed since the last build was made again; {@code pages}
 *                  then counts the pages and files made again
 */
public record BuildResult(int documents, int pages, int files, List<String> drafts, List<Problem> warnings,
                          boolean rebuild) {

    public BuildResult(int documents, int pages, int files, List<String> drafts, List<Problem> warnings) {
        this(documents, pages, files, drafts, warnings, false);
    }
}
