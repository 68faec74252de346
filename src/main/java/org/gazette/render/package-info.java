/**
 * Pages rendered through JBake's template engines, dispatching by template extension to
 * {@link org.gazette.render.GazetteTemplateEngine}, which Gazette registers through JBake's
 * template-engine extension point for {@code .ftlh} (HTML, auto-escaped) and {@code .ftlx} (XML,
 * auto-escaped) templates; {@link org.gazette.render.PageWriter} writes each page where JBake's
 * {@code Renderer} would. Templates receive prepared page models, records read by a record-aware
 * object wrapper; they never query a store.
 */
package org.gazette.render;
