/**
 * Files a site publishes besides HTML pages: calendars, contact cards, spreadsheets, and whatever
 * else a well-kept library writes better than a template. Each kind of file is one small
 * {@link org.gazette.outputs.FileSource}; the builder writes what they return, in parallel.
 *
 * <p>Spreadsheets of a document's attachment tables ({@link org.gazette.outputs.TableDownloads}) are
 * the exception: only the rendered body knows a table's cells, so they are made in the document
 * phase, beside the document's page.
 */
package org.gazette.outputs;
