/**
 * What {@code gazette new} writes: a new document's {@code index.md}, its front matter commented in
 * Chinese from {@link org.gazette.content.model.ContentModel}, with the site's own agency ids and
 * current campaigns as hints and a placeholder wherever the editor must write.
 */
package org.gazette.scaffold;
