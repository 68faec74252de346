package org.gazette.catalogue;

import java.util.List;

/**
 * The kind of file an output family publishes, by its IANA media type and the file name endings it
 * is published with (the first is the one a new file gets).
 *
 * @param type     e.g. {@code text/html}; {@code *}{@code /*} for files published as the editor gave them
 * @param suffixes e.g. {@code .html}; empty when any ending is allowed
 */
public record MediaType(String type, List<String> suffixes) {

    public static final MediaType HTML = new MediaType("text/html", List.of(".html"));
    public static final MediaType ATOM = new MediaType("application/atom+xml", List.of(".xml"));
    public static final MediaType SITEMAP = new MediaType("application/xml", List.of(".xml"));
    public static final MediaType JSON = new MediaType("application/json", List.of(".json"));
    public static final MediaType JSON_FEED = new MediaType("application/feed+json", List.of(".json"));
    public static final MediaType CALENDAR = new MediaType("text/calendar", List.of(".ics"));
    public static final MediaType VCARD = new MediaType("text/vcard", List.of(".vcf"));
    public static final MediaType CSV = new MediaType("text/csv", List.of(".csv"));
    public static final MediaType XLSX = new MediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of(".xlsx"));
    public static final MediaType TEXT = new MediaType("text/plain", List.of(".txt"));
    /** Bundle files (attachments, images) published byte for byte, whatever their type. */
    public static final MediaType AS_GIVEN = new MediaType("*/*", List.of());

    public MediaType {
        suffixes = List.copyOf(suffixes);
    }

    /** True when a file at {@code path} may be of this type by its name. */
    public boolean names(String path) {
        return suffixes.isEmpty() || suffixes.stream().anyMatch(path::endsWith);
    }

    /** The ending a new file of this type gets. */
    public String suffix() {
        return suffixes.isEmpty() ? "" : suffixes.get(0);
    }
}
