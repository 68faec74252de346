package org.gazette.content.model;

/** What kind of value a field holds, as the readers parse it and the schemas describe it. */
public enum Kind {
    /** One value on one line; numbers and true/false are read as the text written. */
    TEXT,
    /** One value or a list of values. */
    TEXTS,
    /** A calendar date such as {@code 2022-05-24}. */
    DATE,
    /** A date, or a date and time such as {@code 2022-05-24 09:30}. */
    MOMENT,
    /** {@code true} or {@code false}. */
    FLAG,
    /** One of the field's fixed words. */
    CHOICE,
    /** A four-digit year. */
    YEAR,
    /** A full address starting with {@code http://} or {@code https://}. */
    URL,
    /** One id of a data file, or a list of them. */
    IDS,
    /** A list of items, each a mapping of the field's item shape (or one of several shapes). */
    ITEMS,
    /** One mapping of the field's shape, e.g. the 主办单位's address, telephone and postcode. */
    MAPPING
}
