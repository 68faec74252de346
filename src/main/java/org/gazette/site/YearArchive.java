package org.gazette.site;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;

/**
 * The published notices and plans grouped by the year of their publication date, newest year first;
 * a year without a published document has no group. Computed once per build.
 */
public final class YearArchive {

    /** One year of one list, its documents newest first. */
    public record Year(int year, List<Document> documents) {

        public Year {
            documents = List.copyOf(documents);
        }
    }

    private final Map<DocumentType, List<Year>> years;

    private YearArchive(Map<DocumentType, List<Year>> years) {
        this.years = years;
    }

    /** The years of a site, made once per build by whichever page family asks first. */
    public static YearArchive of(SiteIndex site) {
        return site.derived(YearArchive.class, YearArchive::compute);
    }

    private static YearArchive compute(SiteIndex site) {
        Map<DocumentType, List<Year>> years = new EnumMap<>(DocumentType.class);
        for (DocumentType type : List.of(DocumentType.NOTICE, DocumentType.PLAN)) {
            years.put(type, group(site.ofType(type)));
        }
        return new YearArchive(years);
    }

    /**
     * Consecutive runs of one year in a newest-first list; documents without a date (only simple pages
     * may have none) are left out.
     */
    static List<Year> group(List<Document> newestFirst) {
        List<Year> years = new ArrayList<>();
        List<Document> run = new ArrayList<>();
        int current = 0;
        for (Document document : newestFirst) {
            if (document.date() == null) {
                continue;
            }
            int year = document.date().getYear();
            if (year != current && !run.isEmpty()) {
                years.add(new Year(current, run));
                run = new ArrayList<>();
            }
            current = year;
            run.add(document);
        }
        if (!run.isEmpty()) {
            years.add(new Year(current, run));
        }
        return List.copyOf(years);
    }

    /** The years of notices or plans with at least one published document, newest first. */
    public List<Year> of(DocumentType type) {
        return years.getOrDefault(type, List.of());
    }
}
