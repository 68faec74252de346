/**
 * Files a site publishes besides HTML pages: calendars, contact cards, spreadsheets, and whatever
 * else a well-kept library writes better than a template. Each kind of file is one small
 * {@link org.gazette.outputs.FileSource}; the builder writes what they return, in parallel.
 */
package org.gazette.outputs;
