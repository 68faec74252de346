package org.gazette.pages;

import java.util.List;
import org.gazette.content.Document;

/**
 * One page of 附件汇总, the index of every attachment on the site, by document, newest first.
 *
 * @param entries    the documents of this page with their attachments
 * @param pagination where this page sits in the index
 * @param total      how many attachments the whole site has
 */
public record AttachmentIndexPage(List<Entry> entries, Pagination pagination, int total) {

    public AttachmentIndexPage {
        entries = List.copyOf(entries);
    }

    /** A document and its attachments. */
    public record Entry(Document document, List<AttachmentView> attachments) {

        public Entry {
            attachments = List.copyOf(attachments);
        }
    }
}
