/**
 * What each page shows, prepared in Java before any template runs: page models (records) and
 * the page families of the catalogue ({@link org.gazette.catalogue.Output}s rendered with a template:
 * lists, home, calendars, directories, the Atom feed, the sitemaps, each document's page).
 * Lists are sliced from {@link org.gazette.site.SiteIndex}'s precomputed orders, so the cost of a
 * page never depends on the size of the site.
 */
package org.gazette.pages;
