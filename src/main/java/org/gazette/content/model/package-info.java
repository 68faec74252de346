/**
 * The editor's contract as data: every field of the front matter and of each {@code data/*.yaml}
 * file, with its kind, whether it is required, a Chinese description and an example. The readers
 * check unknown and missing fields against it, {@code gazette new} writes its commented template
 * from it and {@code gazette schemas} turns it into JSON Schemas, so the three cannot drift apart.
 */
package org.gazette.content.model;
