package org.gazette.pages;

import java.util.List;

/**
 * One page of the topic index (主题分类): every topic with how many published documents it has.
 *
 * @param topics     the topics on this page, in the site's order
 * @param pagination where this page sits in the index
 */
public record TopicIndexPage(List<Entry> topics, Pagination pagination) {

    public TopicIndexPage {
        topics = List.copyOf(topics);
    }

    /**
     * One topic.
     *
     * @param name  the topic as written
     * @param count its published documents
     * @param path  its list page, or null when it has no published document (no page: no empty column)
     */
    public record Entry(String name, int count, String path) {
    }
}
