package org.gazette.pages;

/**
 * One of a document's topics (主题分类) as its page shows it, linking to the topic's list page.
 *
 * @param name the topic as the document writes it
 * @param path its list page ({@code topics/<slug>/}), or null when it has none (no published document names it)
 */
public record TopicLink(String name, String path) {
}
