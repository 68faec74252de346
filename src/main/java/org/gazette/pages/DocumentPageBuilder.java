package org.gazette.pages;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Contact;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.format.FileFormats;
import org.gazette.markup.QrCode;
import org.gazette.markup.RenderedBody;
import org.gazette.outputs.TableDownloads;
import org.gazette.site.ContactCards;
import org.gazette.site.DeadlineEntry;
import org.gazette.site.DocumentAttachment;
import org.gazette.site.DocumentAttachments;
import org.gazette.site.DocumentEvents;
import org.gazette.site.Neighbours;
import org.gazette.site.Urls;
import org.gazette.validation.Problems;

/**
 * Prepares the model of a document's page from the document and its rendered body. Attachment files
 * are read here, in the parallel document phase, once each: size, checksum, PDF pages.
 */
public final class DocumentPageBuilder {

    private final Urls urls;
    private final LocalDate today;
    private final ZoneId zone;
    private final FileInspector files = new FileInspector();

    /** @param zone the site's time zone, which activity times are in */
    public DocumentPageBuilder(Urls urls, LocalDate today, ZoneId zone) {
        this.urls = urls;
        this.today = today;
        this.zone = zone;
    }

    /**
     * The page model.
     *
     * @param events      the document's activities and deadlines as the site model derives them
     * @param attachments the document's attachments as the site model derives them
     * @param downloads   the spreadsheets generated from the document's attachment tables
     * @param problems    where warnings about attachment files go (an unreadable PDF)
     */
    public DocumentPage build(Document document, DocumentEvents events, DocumentAttachments attachments, RenderedBody body,
                              List<TableDownloads.Download> downloads, Problems problems) {
        List<DocumentPage.DeadlineView> deadlines = new ArrayList<>();
        for (DeadlineEntry entry : events.deadlines()) {
            deadlines.add(DocumentPage.DeadlineView.of(entry, today));
        }
        List<ContactView> contacts = new ArrayList<>();
        for (Contact contact : document.contacts()) {
            contacts.add(ContactView.of(contact, ContactCards.personPath(contact)));
        }
        List<AttachmentView> views = new ArrayList<>();
        Problems.Scope scope = problems.in(document.sourcePath());
        for (DocumentAttachment attachment : attachments.all()) {
            views.add(attachment(attachment, downloads, scope.field("attachments[" + (attachment.index() + 1) + "]")));
        }
        return new DocumentPage(document, body.html(), body.tables(), deadlines, ContactView.group(contacts), views,
                calendar(document, events), qrCode(document), firstImage(document, body), Neighbours.NONE);
    }

    /** The first image the body shows, published beside the page, for the page's {@code Image} metadata. */
    private static String firstImage(Document document, RenderedBody body) {
        if (document.bundle() == null) {
            return null;
        }
        for (Path file : body.linkedFiles()) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.matches(".*\\.(png|jpe?g|gif|webp|svg)")) {
                return document.url() + document.bundle().relativize(file).toString().replace('\\', '/');
            }
        }
        return null;
    }

    /** Notices and plans carry a QR code of their address, for readers at a screen or a printout. */
    private QrCode qrCode(Document document) {
        if (document.type() == DocumentType.PAGE) {
            return null;
        }
        try {
            return QrCode.of(urls.absolutePage(document), "本页网址的二维码");
        } catch (IllegalArgumentException tooLong) {
            // An address longer than a QR code holds (thousands of characters) gets no code; the page is complete without it.
            return null;
        }
    }

    private DocumentCalendar calendar(Document document, DocumentEvents events) {
        if (events.isEmpty()) {
            return DocumentCalendar.NONE;
        }
        List<ActivityView> activities = events.activities().stream().map(ActivityView::of).toList();
        return new DocumentCalendar(activities, events.calendar(),
                new EventStructuredData.Source(document, events.activities(), urls, zone));
    }

    private AttachmentView attachment(DocumentAttachment attachment, List<TableDownloads.Download> downloads,
                                      Problems.Scope scope) {
        return switch (attachment.kind()) {
            case "table" -> AttachmentViews.table(urls, attachment, "#" + attachment.anchor(), download -> downloads.stream()
                    .filter(made -> made.download().equals(download)).findFirst()
                    .map(made -> FileFormats.size(made.bytes().length)).orElse(null));
            case "url" -> AttachmentViews.external(attachment.attachment());
            default -> AttachmentViews.file(urls, attachment,
                    files.inspect(attachment.file(), scope, attachment.attachment().line(), "file"));
        };
    }
}
