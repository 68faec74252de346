package org.gazette.pages;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Attachment;
import org.gazette.content.Contact;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.markup.BodyTable;
import org.gazette.markup.QrCode;
import org.gazette.markup.RenderedBody;
import org.gazette.outputs.TableDownloads;
import org.gazette.site.ContactCards;
import org.gazette.site.DeadlineEntry;
import org.gazette.site.DocumentEvents;
import org.gazette.site.Neighbours;
import org.gazette.site.UrlPaths;
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
     * @param downloads the spreadsheets generated from the document's attachment tables
     * @param problems  where warnings about attachment files go (an unreadable PDF)
     */
    public DocumentPage build(Document document, RenderedBody body, List<TableDownloads.Download> downloads,
                              Problems problems) {
        DocumentEvents events = DocumentEvents.of(document);
        List<DocumentPage.DeadlineView> deadlines = new ArrayList<>();
        for (DeadlineEntry entry : events.deadlines()) {
            deadlines.add(DocumentPage.DeadlineView.of(entry, today));
        }
        List<ContactView> contacts = new ArrayList<>();
        for (Contact contact : document.contacts()) {
            contacts.add(ContactView.of(contact, ContactCards.personPath(contact)));
        }
        List<AttachmentView> attachments = new ArrayList<>();
        Problems.Scope scope = problems.in(document.sourcePath());
        for (int i = 0; i < document.attachments().size(); i++) {
            Attachment attachment = document.attachments().get(i);
            attachments.add(attachment(document, attachment, body.tables(), downloads,
                    scope.field("attachments[" + (i + 1) + "]")));
        }
        return new DocumentPage(document, body.html(), body.tables(), deadlines, ContactView.group(contacts), attachments,
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
                EventStructuredData.of(document, events.activities(), urls, zone));
    }

    private AttachmentView attachment(Document document, Attachment attachment, List<BodyTable> tables,
                                      List<TableDownloads.Download> downloads, Problems.Scope scope) {
        if (attachment.table()) {
            String anchor = tables.stream().filter(t -> t.title().equals(attachment.title())).map(BodyTable::anchorId)
                    .findFirst().orElse("");
            List<AttachmentView.Download> forms = new ArrayList<>();
            for (TableDownloads.Download download : downloads) {
                if (download.tableTitle().equals(attachment.title())) {
                    forms.add(new AttachmentView.Download(FileFormats.describe(download.path()), urls.href(download.path()),
                            download.extension(), FileFormats.size(download.bytes().length)));
                }
            }
            return AttachmentViews.table(attachment, "#" + anchor, forms);
        }
        if (attachment.url() != null) {
            return AttachmentViews.external(attachment);
        }
        Path file = document.bundle().resolve(attachment.file()).normalize();
        return AttachmentViews.file(urls, document, attachment, files.inspect(file, scope, attachment.line(), "file"));
    }
}
