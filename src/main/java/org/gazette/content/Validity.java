package org.gazette.content;

import java.util.Locale;

/** 有效性 of a document as the editor declared it. */
public enum Validity {
    VALID("有效"),
    EXPIRED("已失效"),
    REPEALED("已废止");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
