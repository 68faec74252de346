/**
 * Tests of what other programs read from a built site: the Atom feeds and JSON Feeds (read back with
 * Rome and Jackson), the schema.org JSON-LD and Open Graph tags of the pages, and the {@code updated}
 * field that dates them.
 */
package org.gazette.feeds;
