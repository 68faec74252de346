package org.gazette.site;

import org.gazette.content.Deadline;
import org.gazette.content.Document;

/** A reporting deadline together with the document that sets it. */
public record DeadlineEntry(Document document, Deadline deadline, int index) {
}
