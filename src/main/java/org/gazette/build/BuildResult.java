package org.gazette.build;

import java.time.LocalDate;
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
 * @param day       the build day
 * @param scheduled documents held back because their date is after the build day (定时发布),
 *                  earliest first; empty when a preview shows them
 */
public record BuildResult(int documents, int pages, int files, List<String> drafts, List<Problem> warnings,
                          boolean rebuild, LocalDate day, List<Scheduled> scheduled) {

    public BuildResult {
        drafts = List.copyOf(drafts);
        warnings = List.copyOf(warnings);
        scheduled = List.copyOf(scheduled);
    }

    public BuildResult(int documents, int pages, int files, List<String> drafts, List<Problem> warnings,
                       boolean rebuild) {
        this(documents, pages, files, drafts, warnings, rebuild, null, List.of());
    }

    public BuildResult(int documents, int pages, int files, List<String> drafts, List<Problem> warnings) {
        this(documents, pages, files, drafts, warnings, false);
    }

    /**
     * A document held back until its date.
     *
     * @param sourcePath the file, e.g. {@code content/notices/2026/a/index.md}
     * @param date       its {@code date}: the first build on or after that day publishes it
     */
    public record Scheduled(String sourcePath, LocalDate date) {
    }
}
