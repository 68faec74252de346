package org.gazette.catalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.gazette.content.Document;

/**
 * A part of a document's front matter that an output family may show, so a rebuild can tell which
 * families an edit reaches. Together the facts cover every component of {@link Document}: a change
 * no fact names does not exist (DocumentFactTest checks this).
 */
public enum DocumentFact {
    /** Where it is and what it is: source file, bundle, address, type, draft. */
    PLACE(d -> List.of(d.sourcePath(), d.file(), Objects.toString(d.bundle()), d.url(), d.type(), d.draft())),
    TITLE(Document::title),
    /** 发布日期, which also orders every list. */
    DATE(Document::date),
    AGENCIES(Document::agencies),
    CAMPAIGNS(Document::campaigns),
    SUMMARY(d -> Objects.toString(d.summary())),
    /** The 元数据 of the page: 成文日期, 更新日期, 文号, 索引号, 主题, 有效性. */
    METADATA(d -> List.of(Objects.toString(d.written()), Objects.toString(d.updated()), Objects.toString(d.docNumber()),
            Objects.toString(d.indexNumber()), d.themes(), d.topics(), d.keywords(), Objects.toString(d.validity()),
            Objects.toString(d.validUntil()))),
    SCHEDULE(Document::schedule),
    DEADLINES(Document::deadlines),
    CONTACTS(Document::contacts),
    ATTACHMENTS(Document::attachments),
    /** The line the body starts on: only messages about the body use it. */
    BODY_LINE(Document::bodyFirstLine),
    /**
     * The rendered body, which a {@link Document} does not hold: outputs carrying the full text (the
     * feeds) read it. {@link DocumentChange#of(Document, Document, boolean)} says when it changed.
     */
    BODY(d -> "");

    private final Function<Document, Object> value;

    DocumentFact(Function<Document, Object> value) {
        this.value = value;
    }

    /** This part of {@code document}, comparable with {@code equals}. */
    public Object of(Document document) {
        return value.apply(document);
    }

    /** The facts in which two versions of a document differ; every fact when one of them is missing. */
    public static Set<DocumentFact> changed(Document before, Document after) {
        if (before == null || after == null) {
            return EnumSet.allOf(DocumentFact.class);
        }
        Set<DocumentFact> changed = EnumSet.noneOf(DocumentFact.class);
        for (DocumentFact fact : values()) {
            if (!Objects.equals(fact.of(before), fact.of(after))) {
                changed.add(fact);
            }
        }
        return changed;
    }
}
