package org.gazette.pages;

import java.time.LocalDate;
import java.util.List;
import org.gazette.content.Deadline;
import org.gazette.content.Document;
import org.gazette.markup.BodyTable;
import org.gazette.markup.QrCode;
import org.gazette.markup.SafeHtml;
import org.gazette.site.DeadlineEntry;
import org.gazette.site.DeadlineStatus;
import org.gazette.site.Neighbours;

/**
 * A notice, plan or simple page, with everything its components show.
 *
 * @param document    the document
 * @param body        its sanitised body
 * @param tables      body tables that are also attachments
 * @param deadlines   its deadlines in due order, with their status on the build day
 * @param contacts    its contacts grouped by organisation
 * @param attachments its attachments, in the order written
 * @param calendar    its activities, calendar file and schema.org events
 * @param qrCode      the QR code of the page's own address (扫一扫), or null for simple pages
 * @param image       the path of the first image the body shows, for the page's {@code Image} metadata, or null
 * @param neighbours  上一篇 and 下一篇 within the document's type, known once the site index is built
 * @param topics      its topics linking to their pages, known once the site index is built (empty before)
 */
public record DocumentPage(Document document, SafeHtml body, List<BodyTable> tables, List<DeadlineView> deadlines,
                           List<ContactView.Group> contacts, List<AttachmentView> attachments,
                           DocumentCalendar calendar, QrCode qrCode, String image,
                           Neighbours neighbours, List<TopicLink> topics) {

    public DocumentPage {
        tables = List.copyOf(tables);
        deadlines = List.copyOf(deadlines);
        contacts = List.copyOf(contacts);
        attachments = List.copyOf(attachments);
        topics = List.copyOf(topics);
    }

    /** A page not yet placed in the site: no topic links yet. */
    public DocumentPage(Document document, SafeHtml body, List<BodyTable> tables, List<DeadlineView> deadlines,
                        List<ContactView.Group> contacts, List<AttachmentView> attachments,
                        DocumentCalendar calendar, QrCode qrCode, String image, Neighbours neighbours) {
        this(document, body, tables, deadlines, contacts, attachments, calendar, qrCode, image, neighbours, List.of());
    }

    /** Its campaigns (所属活动), each linking to the edition's page. */
    public List<CampaignLink> campaigns() {
        return document.campaigns().stream().map(CampaignLink::of).toList();
    }

    /** The same page with its neighbours in the site. */
    public DocumentPage withNeighbours(Neighbours placed) {
        return new DocumentPage(document, body, tables, deadlines, contacts, attachments, calendar, qrCode, image, placed,
                topics);
    }

    /** The same page with its topics linked to their pages in the site. */
    public DocumentPage withTopics(List<TopicLink> linked) {
        return new DocumentPage(document, body, tables, deadlines, contacts, attachments, calendar, qrCode, image,
                neighbours, linked);
    }

    /**
     * A deadline and its status.
     *
     * @param anchor      the id of the deadline on the page
     * @param ics         the path of its document's iCalendar file, which holds this deadline
     * @param event       the UUID of its event in that file, by which the page script offers just this deadline
     * @param submitEmail the {@code submit_to} address when it is an e-mail address (linked), else null
     */
    public record DeadlineView(Deadline deadline, DeadlineStatus status, String anchor, String ics, String event,
                               String submitEmail) {

        /** The view of a deadline as the site model derived it, with its status on the given day. */
        public static DeadlineView of(DeadlineEntry entry, LocalDate day) {
            return new DeadlineView(entry.deadline(), entry.status(day), entry.anchor(), entry.calendar(), entry.event(),
                    entry.submitEmail());
        }
    }
}
