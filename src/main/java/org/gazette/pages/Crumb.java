package org.gazette.pages;

/**
 * One step of a breadcrumb trail.
 *
 * @param title what the step is called
 * @param path  the page path below the site root, or null for the current page (not a link)
 */
public record Crumb(String title, String path) {
}
