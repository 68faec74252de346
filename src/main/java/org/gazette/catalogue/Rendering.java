package org.gazette.catalogue;

import java.util.Map;

/** How an output family's files get their bytes. */
public sealed interface Rendering {

    /**
     * Pages rendered with FreeMarker templates from {@code templates/}, which escape HTML (.ftlh) or
     * XML (.ftlx). Each page names its kind; a family showing pages of several kinds names each.
     *
     * @param byKind the template file of each page kind, e.g. {@code list} → {@code list.ftlh}
     */
    record Templates(Map<String, String> byKind) implements Rendering {
        public Templates {
            byKind = Map.copyOf(byKind);
        }
    }

    /**
     * Bytes written by Java code, for every format no template escapes: JSON, iCalendar, vCard,
     * spreadsheets, plain text.
     */
    record Writer() implements Rendering {
    }

    /** Source files published byte for byte. */
    record Copy() implements Rendering {
    }

    /** Pages of one kind, rendered with one template. */
    static Rendering template(String kind, String file) {
        return new Templates(Map.of(kind, file));
    }

    static Rendering templates(Map<String, String> byKind) {
        return new Templates(byKind);
    }

    static Rendering writer() {
        return new Writer();
    }

    static Rendering copy() {
        return new Copy();
    }
}
