package org.gazette.content;

/**
 * An organiser of an activity: an issuing agency when the editor gave its id, otherwise free text.
 *
 * @param name   the name to show
 * @param agency the agency when given by id, else null
 */
public record Organizer(String name, Agency agency) {
}
