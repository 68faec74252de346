package org.gazette.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Document;
import org.gazette.site.Publication;
import org.gazette.site.SiteIndex;
import org.gazette.testing.TestSite;

/** The site index of a few documents of a {@link TestSite}, read as a build reads them, for the checks' tests. */
final class SiteReading {

    static final LocalDate DAY = LocalDate.of(2022, 5, 24);

    private SiteReading() {
    }

    static String notice(String title, String date, String body) {
        return notice(title, date, false, body);
    }

    static String notice(String title, String date, boolean draft, String body) {
        return """
                ---
                title: %s
                date: %s
                agencies: [kjj]
                status: %s
                ---
                %s
                """.formatted(title, date, draft ? "draft" : "published", body);
    }

    /** The index a build on {@link #DAY} makes of these documents. */
    static SiteIndex index(TestSite site, String... sourcePaths) {
        List<Document> documents = new ArrayList<>();
        for (String sourcePath : sourcePaths) {
            TestSite.Reading reading = site.read(sourcePath);
            if (reading.document() == null) {
                throw new AssertionError(sourcePath + " has mistakes: " + reading.problems());
            }
            documents.add(reading.document());
        }
        return new SiteIndex(site.readData().data(), documents, Publication.on(DAY));
    }
}
