/**
 * JSON Schemas of the front matter and the {@code data/*.yaml} files, generated from
 * {@link org.gazette.content.model.ContentModel} so that editors' tools (VS Code with the YAML
 * extension) complete and check the same fields the build reads.
 */
package org.gazette.schemas;
