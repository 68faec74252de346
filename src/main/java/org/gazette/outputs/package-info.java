/**
 * Files a site publishes besides HTML pages: calendars, contact cards, spreadsheets, and whatever
 * else a well-kept library writes better than a template. Each kind of file is one small
 * {@link org.gazette.catalogue.Output} rendered by a writer ({@link org.gazette.outputs.OutputFile});
 * the builder writes what they return, in parallel.
 *
 * <p>Spreadsheets of a document's attachment tables ({@link org.gazette.outputs.TableDownloadFiles})
 * and the bundle files a document publishes ({@link org.gazette.outputs.BundleFiles}) are made in the
 * per-document pass, beside the document's page: only the rendered body knows a table's cells and
 * which files it links.
 */
package org.gazette.outputs;
