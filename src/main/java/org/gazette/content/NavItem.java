package org.gazette.content;

/** An entry of the main navigation, from {@code data/site.yaml}. */
public record NavItem(String title, String url) {
}
