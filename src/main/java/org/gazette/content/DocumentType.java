package org.gazette.content;

import java.util.Locale;

/** The kind of a document; decides its template and which list it appears in. */
public enum DocumentType {
    NOTICE("通知公告", "notices"),
    PLAN("实施方案", "plans"),
    PAGE("页面", null);

    private final String label;
    private final String folder;

    DocumentType(String label, String folder) {
        this.label = label;
        this.folder = folder;
    }

    /** The Chinese name of the kind, as shown in lists and breadcrumbs. */
    public String label() {
        return label;
    }

    /** The top-level folder of {@code content/} whose documents default to this type, or null. */
    public String folder() {
        return folder;
    }

    /** The value editors write in {@code type:}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type implied by the first folder below {@code content/}. */
    public static DocumentType fromFolder(String topFolder) {
        for (DocumentType type : values()) {
            if (type.folder != null && type.folder.equals(topFolder)) {
                return type;
            }
        }
        return PAGE;
    }
}
