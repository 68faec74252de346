/**
 * {@code gazette serve}: the editor's live preview. {@link org.gazette.serve.Preview} builds the site
 * into a preview folder, serves it with Jetty, watches the sources and rebuilds what changed, and
 * the reload script it adds to served pages reloads them or shows the build's problems. Nothing here
 * is loaded by {@code build} or {@code check}.
 */
package org.gazette.serve;
