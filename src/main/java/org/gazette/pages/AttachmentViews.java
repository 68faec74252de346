package org.gazette.pages;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.gazette.content.Attachment;
import org.gazette.content.Document;
import org.gazette.site.UrlPaths;
import org.gazette.site.Urls;

/** Makes the {@link AttachmentView} of each kind of attachment, the same for a document's page and the index. */
final class AttachmentViews {

    private AttachmentViews() {
    }

    /**
     * A file of the document's bundle; its link is percent-encoded, so Chinese names with spaces work.
     *
     * @param facts what was read from the file, or null when it could not be read
     */
    static AttachmentView file(Urls urls, Document document, Attachment attachment, FileFacts facts) {
        Path file = document.bundle().resolve(attachment.file()).normalize();
        String relative = document.bundle().relativize(file).toString().replace('\\', '/');
        return new AttachmentView(attachment.title(), urls.basePath() + UrlPaths.encode(document.url() + relative), "file",
                FileFormats.describe(relative), facts == null ? null : FileFormats.size(facts.size()),
                facts == null ? 0 : facts.pages(), facts == null ? null : facts.sha256(), attachment.original(),
                attachment.description(), List.of());
    }

    /** An external address, with the site it leads to named. */
    static AttachmentView external(Attachment attachment) {
        return new AttachmentView(attachment.title(), attachment.url(), "url", externalSite(attachment.url()), null, 0,
                null, attachment.original(), attachment.description(), List.of());
    }

    /**
     * A table of the document's text, linked where it stands and offered as spreadsheets.
     *
     * @param href  the table's address in the page
     * @param forms the generated spreadsheets
     */
    static AttachmentView table(Attachment attachment, String href, List<AttachmentView.Download> forms) {
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
