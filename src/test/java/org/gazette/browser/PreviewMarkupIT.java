package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.build.BuildOptions;
import org.gazette.build.SiteBuilder;
import org.gazette.fixtures.PreviewSite;
import org.gazette.testing.NuChecker;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 草稿 and 定时发布 marks exist only in a preview, so the built site the other tests walk never
 * shows them: here a preview of a small site is made and its marked pages are held to the same Nu
 * HTML Checker as every published page.
 */
class PreviewMarkupIT {

    @Test
    void pagesWithPreviewMarksAreValidHtml(@TempDir Path folder) throws Exception {
        TestSite site = TestSite.in(folder.resolve("src"));
        PreviewSite.withDraftAndScheduled(site);
        Path out = folder.resolve("preview");
        new SiteBuilder().build(BuildOptions.build(site.root(), out).on(PreviewSite.DAY).including(true, true));
        NuChecker checker = new NuChecker();

        for (String page : List.of("notices/draft/index.html", "notices/later/index.html", "notices/index.html", "index.html")) {
            Path file = out.resolve(page);
            assertThat(Files.readString(file)).contains("preview-label");
            NuChecker.Report report = checker.check(file);
            assertThat(report.errors()).as("Nu HTML Checker errors in %s", page).isEmpty();
        }
    }
}
