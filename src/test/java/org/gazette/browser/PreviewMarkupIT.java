package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gazette.build.BuildOptions;
import org.gazette.build.SiteBuilder;
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
        site.write("content/notices/draft.md", """
                ---
                title: 还在修改的通知
                status: draft
                date: 2022-05-20
                agencies: [kjj]
                ---
                草稿正文。
                """);
        site.write("content/notices/later.md", """
                ---
                title: 下周发布的通知
                date: 2022-06-01
                agencies: [kjj]
                ---
                定时正文。
                """);
        Path out = folder.resolve("preview");
        new SiteBuilder().build(BuildOptions.build(site.root(), out).on(LocalDate.of(2022, 5, 24)).including(true, true));
        NuChecker checker = new NuChecker();

        for (String page : List.of("notices/draft/index.html", "notices/later/index.html", "notices/index.html", "index.html")) {
            Path file = out.resolve(page);
            assertThat(Files.readString(file)).contains("preview-label");
            NuChecker.Report report = checker.check(file);
            assertThat(report.errors()).as("Nu HTML Checker errors in %s", page).isEmpty();
        }
    }
}
