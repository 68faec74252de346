package org.gazette.catalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.gazette.content.Document;

/**
 * What an output family is made from, declared so a rebuild can ask which families a change
 * reaches. Its templates are named by its {@link Rendering}; a family that reads something it does
 * not declare here is a bug, since a rebuild would then keep a stale file.
 *
 * @param perDocument   made in the per-document pass, from one document: its front matter, its body and
 *                      its bundle files (a document page, its table downloads, its published files)
 * @param facts         the parts of the published documents' front matter it shows
 * @param showing       which published documents it shows at all (say, those with activities); it
 *                      may look only at the declared facts, so a document it rejects before and after
 *                      an edit cannot change the family's files
 * @param data          the files under {@code data/} it reads, e.g. {@code agencies.yaml}
 * @param readsBundleFiles it reads the published documents' bundle files (their sizes, say)
 * @param readsBuildDay it changes with the build day (what is upcoming, a deadline's status)
 * @param listsOthers   it lists what the families before it in the catalogue plan (a sitemap)
 */
public record Inputs(boolean perDocument, Set<DocumentFact> facts, Predicate<Document> showing, Set<String> data,
                     boolean readsBundleFiles, boolean readsBuildDay, boolean listsOthers) {

    private static final Predicate<Document> EVERY = document -> true;

    public Inputs {
        facts = facts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facts));
        data = Set.copyOf(new TreeSet<>(data));
    }

    /** Made from one document at a time, in the per-document pass. */
    public static Inputs eachDocument() {
        return new Inputs(true, Set.of(), EVERY, Set.of(), true, false, false);
    }

    /** Made from nothing but what {@link #data} and the other methods add. */
    public static Inputs none() {
        return new Inputs(false, Set.of(), EVERY, Set.of(), false, false, false);
    }

    /**
     * Made from whole published documents: a template is handed the documents themselves, so any
     * part of their front matter may show.
     */
    public static Inputs wholeDocuments() {
        Set<DocumentFact> all = EnumSet.allOf(DocumentFact.class);
        all.remove(DocumentFact.BODY); // not part of a Document: a family carrying the text adds it
        return documents(all.toArray(DocumentFact[]::new));
    }

    /** Made from these parts of the published documents' front matter. */
    public static Inputs documents(DocumentFact... facts) {
        return none().andFacts(facts);
    }

    /** These parts of the documents' front matter too. */
    public Inputs andFacts(DocumentFact... more) {
        Set<DocumentFact> all = EnumSet.noneOf(DocumentFact.class);
        all.addAll(facts);
        all.addAll(List.of(more));
        return new Inputs(perDocument, all, showing, data, readsBundleFiles, readsBuildDay, listsOthers);
    }

    /** These files of {@code data/} too, e.g. {@code site.yaml}. */
    public Inputs data(String... files) {
        Set<String> all = new TreeSet<>(data);
        all.addAll(List.of(files));
        return new Inputs(perDocument, facts, showing, all, readsBundleFiles, readsBuildDay, listsOthers);
    }

    /** The published documents' bundle files too. */
    public Inputs bundleFiles() {
        return new Inputs(perDocument, facts, showing, data, true, readsBuildDay, listsOthers);
    }

    /** The build day too. */
    public Inputs buildDay() {
        return new Inputs(perDocument, facts, showing, data, readsBundleFiles, true, listsOthers);
    }

    /** What the families listed before it plan, too. */
    public Inputs otherOutputs() {
        return new Inputs(perDocument, facts, showing, data, readsBundleFiles, readsBuildDay, true);
    }

    /** Only the published documents {@code which} accepts, looking at the declared facts only. */
    public Inputs showing(Predicate<Document> which) {
        return new Inputs(perDocument, facts, which, data, readsBundleFiles, readsBuildDay, listsOthers);
    }

    /**
     * True when an edit of a published document can change the family's files: it changed a fact
     * the family reads, of a document the family shows before or after the edit.
     */
    public boolean reaches(DocumentChange change) {
        if (change.none()) {
            return false;
        }
        Document before = change.before();
        Document after = change.after();
        if (!(before != null && showing.test(before) || after != null && showing.test(after))) {
            return false;
        }
        for (DocumentFact fact : change.facts()) {
            if (facts.contains(fact)) {
                return true;
            }
        }
        return false;
    }
}
