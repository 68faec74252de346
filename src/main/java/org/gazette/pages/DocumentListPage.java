package org.gazette.pages;

import java.util.List;
import org.gazette.content.Document;

/**
 * One page of a list of documents (通知公告, 实施方案, an agency's documents…).
 *
 * @param heading    the list's heading
 * @param documents  the documents on this page, newest first
 * @param pagination where this page sits in the list
 */
public record DocumentListPage(String heading, List<Document> documents, Pagination pagination) {

    public DocumentListPage {
        documents = List.copyOf(documents);
    }
}
