package org.gazette.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.gazette.content.DocumentType;

/**
 * Exactly what the search index reads of one document (its address, front matter fields and what
 * its body text is made from): two equal values index the same, so a rebuild keeps a document's
 * postings while this stays equal and weighs them again when any of it changes.
 */
record IndexedText(String href, String title, String docNumber, String indexNumber, DocumentType type, LocalDate date,
                   List<List<String>> agencies, List<List<String>> campaigns, List<String> themes, List<String> topics,
                   List<String> keywords, String summary, String body) {

    static IndexedText of(IndexSource entry) {
        var d = entry.document();
        // Arrays.asList, not List.of: a short name or a series may be absent (null).
        return new IndexedText(entry.href(), d.title(), d.docNumber(), d.indexNumber(), d.type(), d.date(),
                d.agencies().stream().map(a -> Arrays.asList(a.id(), a.name(), a.shortName())).toList(),
                d.campaigns().stream().map(c -> Arrays.asList(c.id(), c.name(), c.series())).toList(),
                d.themes(), d.topics(), d.keywords(), d.summary(), entry.bodySource());
    }
}
