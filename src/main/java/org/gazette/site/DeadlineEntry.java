package org.gazette.site;

import java.time.LocalDate;
import org.gazette.content.Deadline;
import org.gazette.content.Document;
import org.gazette.content.EmailAddress;

/**
 * A reporting deadline together with the document that sets it and the facts derived from it once
 * ({@link DocumentEvents}): its lasting identity, anchor and calendar file; its status is
 * {@link DeadlineStatus}'s one rule applied to the build day.
 *
 * @param index    the deadline's position in the document's (sorted) deadlines, 0-based
 * @param identity its iCalendar UID and page anchor (see {@link EventIdentity})
 */
public record DeadlineEntry(Document document, Deadline deadline, int index, EventIdentity identity) {

    /** The id of the deadline on its document's page, e.g. {@code deadline-1f0c3a7e}. */
    public String anchor() {
        return identity.anchor();
    }

    /** The UUID of its event, by which the page script offers just this deadline. */
    public String event() {
        return identity.uuid().toString();
    }

    /** The iCalendar file that holds the deadline: its document's calendar. */
    public String calendar() {
        return CalendarPaths.document(document);
    }

    /** Where the deadline stands on a day (the build day, for pages). */
    public DeadlineStatus status(LocalDate day) {
        return DeadlineStatus.of(deadline, day);
    }

    /** The {@code submit_to} address when it is an e-mail address (pages link it), else null. */
    public String submitEmail() {
        String to = deadline.submitTo();
        return to != null && EmailAddress.problem(to) == null ? to : null;
    }
}
