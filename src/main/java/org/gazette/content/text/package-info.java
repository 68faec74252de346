/**
 * Which characters an editor's text may carry into the site, decided once for both the Markdown
 * and YAML readers; it sits below {@code content} and {@code content.yaml} so neither depends on
 * the other to use it.
 */
package org.gazette.content.text;
