/**
 * The body of a document: Markdown converted by flexmark and made safe, then given what the site
 * needs (heading anchors, scrollable table regions, links to bundle files checked and encoded). A
 * body in Markdown alone is written straight from flexmark's syntax tree ({@link
 * org.gazette.markup.MarkdownBody}): flexmark writes only allowed elements, and each address is judged
 * by the allowlist as the browser will read it. A body with raw HTML, or with anything the allowlist
 * would change, is cleaned by jsoup against the allowlist instead ({@link
 * org.gazette.markup.HtmlSanitizer}: no script, no event handlers, no {@code javascript:} addresses,
 * no external images). The result is a {@link org.gazette.markup.SafeHtml}, the only HTML templates
 * print without escaping.
 */
package org.gazette.markup;
