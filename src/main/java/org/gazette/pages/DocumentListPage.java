package org.gazette.pages;

import java.util.List;
import org.gazette.content.Document;

/**
 * One page of a list of documents (通知公告, 实施方案, a year, a topic, a campaign's documents…).
 *
 * @param heading    the list's heading
 * @param documents  the documents on this page, newest first
 * @param pagination where this page sits in the list
 * @param archives   the list's years and the other indexes, for the notices and plans; null for other lists
 */
public record DocumentListPage(String heading, List<Document> documents, Pagination pagination, ArchiveLinks archives) {

    public DocumentListPage {
        documents = List.copyOf(documents);
    }

    /** A list without archive links. */
    public DocumentListPage(String heading, List<Document> documents, Pagination pagination) {
        this(heading, documents, pagination, null);
    }
}
