package org.gazette.catalogue;

import java.util.EnumSet;
import java.util.Set;
import org.gazette.content.Document;

/**
 * One published document as a rebuild sees it change: added, removed (unpublished) or edited, with
 * the facts in which its two versions differ.
 *
 * @param before the document as the last build published it, or null when it did not
 * @param after  the document as this build publishes it, or null when it does not
 * @param facts  what differs; every fact when the document came or went
 */
public record DocumentChange(Document before, Document after, Set<DocumentFact> facts) {

    public DocumentChange {
        facts = Set.copyOf(facts);
    }

    public static DocumentChange of(Document before, Document after) {
        return new DocumentChange(before, after, DocumentFact.changed(before, after));
    }

    /** A change whose rendered body changed too, when {@code bodyChanged}. */
    public static DocumentChange of(Document before, Document after, boolean bodyChanged) {
        Set<DocumentFact> facts = EnumSet.noneOf(DocumentFact.class);
        facts.addAll(DocumentFact.changed(before, after));
        if (bodyChanged) {
            facts.add(DocumentFact.BODY);
        }
        return new DocumentChange(before, after, facts);
    }

    /** True when nothing a family could show changed (an edit of the body only). */
    public boolean none() {
        return facts.isEmpty() || before == null && after == null;
    }
}
