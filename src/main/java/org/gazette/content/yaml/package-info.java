/**
 * YAML read into a small tree that remembers the line of every key and value, so that a mistake in
 * front matter or a data file can be reported at the line the editor must change. Parsing is done
 * by SnakeYAML's parser, whose events become the tree; a file with a syntax error is read again
 * through Jackson's YAML parser, whose messages editors are shown. This package only keeps the
 * positions they report.
 */
package org.gazette.content.yaml;
