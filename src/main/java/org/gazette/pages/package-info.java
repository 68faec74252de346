/**
 * What each page shows, prepared in Java before any template runs: page models (records), the
 * plan of every page a site produces, and the formatting helpers templates call ({@code fmt}).
 * Lists are sliced from {@link org.gazette.site.SiteIndex}'s precomputed orders, so the cost of a
 * page never depends on the size of the site.
 */
package org.gazette.pages;
