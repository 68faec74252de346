package org.gazette.content.model;

/** Whether a field must be written. */
public enum Need {
    /** Always required. */
    REQUIRED,
    /** Required in notices and plans, optional in plain pages such as 关于本站. */
    REQUIRED_IN_DOCUMENTS,
    /** May be left out. */
    OPTIONAL
}
