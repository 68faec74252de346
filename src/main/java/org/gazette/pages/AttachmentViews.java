package org.gazette.pages;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.gazette.content.Attachment;
import org.gazette.format.FileFormats;
import org.gazette.site.DocumentAttachment;
import org.gazette.site.UrlPaths;
import org.gazette.site.Urls;

/**
 * Makes the {@link AttachmentView} of each kind of attachment, the same for a document's page and the
 * index, from the facts the site model derived ({@link DocumentAttachment}).
 */
final class AttachmentViews {

    private AttachmentViews() {
    }

    /**
     * A file of the document's bundle; its link is percent-encoded, so Chinese names with spaces work.
     *
     * @param facts what was read from the file, or null when it could not be read
     */
    static AttachmentView file(Urls urls, DocumentAttachment file, FileFacts facts) {
        Attachment attachment = file.attachment();
        return new AttachmentView(attachment.title(), urls.basePath() + UrlPaths.encode(file.path()), "file",
                file.format(), facts == null ? null : FileFormats.size(facts.size()),
                facts == null ? 0 : facts.pages(), facts == null ? null : facts.sha256(), attachment.original(),
                attachment.description(), List.of());
    }

    /** An external address, with the site it leads to named. */
    static AttachmentView external(Attachment attachment) {
        return new AttachmentView(attachment.title(), attachment.url(), "url", externalSite(attachment.url()), null, 0,
                null, attachment.original(), attachment.description(), List.of());
    }

    /**
     * A table of the document's text, linked where it stands and offered as its spreadsheets.
     *
     * @param href  the table's address: its anchor in its own page, or the page and the anchor elsewhere
     * @param sizes the size in words of each spreadsheet, or null when not known (the attachment index)
     */
    static AttachmentView table(Urls urls, DocumentAttachment table, String href,
                                Function<DocumentAttachment.TableDownload, String> sizes) {
        List<AttachmentView.Download> forms = table.downloads().stream().map(download -> new AttachmentView.Download(
                download.format(), urls.href(download.path()), download.extension(), sizes.apply(download))).toList();
        Attachment attachment = table.attachment();
        return new AttachmentView(attachment.title(), href, "table", "正文中的表格", null, 0, null,
                attachment.original(), attachment.description(), forms);
    }

    /** “外部网站（www.most.gov.cn）”: where an external attachment leads, before it is followed. */
    static String externalSite(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "外部网站" : "外部网站（" + host + "）";
        } catch (IllegalArgumentException e) {
            return "外部网站";
        }
    }
}
