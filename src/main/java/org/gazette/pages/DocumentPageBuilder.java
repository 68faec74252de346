package org.gazette.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Attachment;
import org.gazette.content.Contact;
import org.gazette.content.Deadline;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.markup.BodyTable;
import org.gazette.markup.QrCode;
import org.gazette.markup.RenderedBody;
import org.gazette.site.UrlPaths;
import org.gazette.site.Urls;

/** Prepares the model of a document's page from the document and its rendered body. */
public final class DocumentPageBuilder {

    private final Urls urls;
    private final LocalDate today;

    public DocumentPageBuilder(Urls urls, LocalDate today) {
        this.urls = urls;
        this.today = today;
    }

    public DocumentPage build(Document document, RenderedBody body) {
        List<DocumentPage.DeadlineView> deadlines = new ArrayList<>();
        for (Deadline deadline : document.deadlines()) {
            deadlines.add(new DocumentPage.DeadlineView(deadline, DeadlineStatus.of(deadline, today)));
        }
        List<ContactView> contacts = new ArrayList<>();
        for (Contact contact : document.contacts()) {
            contacts.add(ContactView.of(contact, null));
        }
        List<AttachmentView> attachments = new ArrayList<>();
        for (Attachment attachment : document.attachments()) {
            attachments.add(attachment(document, attachment, body.tables()));
        }
        return new DocumentPage(document, body.html(), body.tables(), deadlines, ContactView.group(contacts), attachments,
                qrCode(document));
    }

    /** Notices and plans carry a QR code of their address, for readers at a screen or a printout. */
    private QrCode qrCode(Document document) {
        return document.type() == DocumentType.PAGE ? null : QrCode.of(urls.absolutePage(document), "本页网址的二维码");
    }

    private AttachmentView attachment(Document document, Attachment attachment, List<BodyTable> tables) {
        if (attachment.table()) {
            String anchor = tables.stream().filter(t -> t.title().equals(attachment.title())).map(BodyTable::anchorId)
                    .findFirst().orElse("");
            return new AttachmentView(attachment.title(), "#" + anchor, "table", "网页表格", null, 0, null,
                    attachment.original(), attachment.description(), List.of());
        }
        if (attachment.url() != null) {
            return new AttachmentView(attachment.title(), attachment.url(), "url", null, null, 0, null,
                    attachment.original(), attachment.description(), List.of());
        }
        Path file = document.bundle().resolve(attachment.file()).normalize();
        String relative = document.bundle().relativize(file).toString().replace('\\', '/');
        String size = null;
        try {
            size = FileFormats.size(Files.size(file));
        } catch (IOException e) {
            // Reported by the reader already; the list shows the file without a size.
        }
        return new AttachmentView(attachment.title(), urls.basePath() + UrlPaths.encode(document.url() + relative), "file",
                FileFormats.describe(relative), size, 0, null, attachment.original(), attachment.description(), List.of());
    }
}
