/**
 * YAML read into a small tree that remembers the line of every key and value, so that a mistake in
 * front matter or a data file can be reported at the line the editor must change. Parsing is done
 * by Jackson's YAML parser; this package only keeps the positions it reports.
 */
package org.gazette.content.yaml;
