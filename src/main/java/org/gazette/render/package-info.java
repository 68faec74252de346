/**
 * Pages rendered through JBake: its {@code Renderer} writes every page, dispatching by template
 * extension to {@link org.gazette.render.GazetteTemplateEngine}, which Gazette registers through
 * JBake's template-engine extension point for {@code .ftlh} (HTML, auto-escaped) and {@code .ftlx}
 * (XML, auto-escaped) templates. Templates receive prepared page models; they never query a store.
 */
package org.gazette.render;
