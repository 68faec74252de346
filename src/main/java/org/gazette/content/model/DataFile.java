package org.gazette.content.model;

/**
 * One file of {@code data/}.
 *
 * @param name        its file name, e.g. {@code agencies.yaml}
 * @param description what it holds, in Chinese
 * @param keyed       true when the file maps ids to entries of {@code entry}, false when it is one {@code entry}
 * @param entry       the shape of the file (or of each entry)
 * @param required    whether a site must have it
 */
public record DataFile(String name, String description, boolean keyed, Shape entry, boolean required) {
}
