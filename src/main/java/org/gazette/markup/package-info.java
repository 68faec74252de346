/**
 * The body of a document: Markdown converted by flexmark, cleaned by jsoup against an allowlist
 * (no script, no event handlers, no {@code javascript:} addresses, no external images), then given
 * what the site needs (heading anchors, scrollable table regions, links to bundle files checked and
 * encoded). The result is a {@link org.gazette.markup.SafeHtml}, the only HTML templates print
 * without escaping.
 */
package org.gazette.markup;
