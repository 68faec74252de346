package org.gazette.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.content.Attachment;
import org.gazette.content.Document;

/**
 * A document's attachments with their derived facts, in the order written, worked out once per
 * document from its front matter alone (no file is read here: sizes and checksums are the page's
 * business). The rules live here: a bundle file is published at the same place below the
 * document's address; the n-th table attachment is {@link AttachmentPaths#tableAnchor(int)} in the
 * page, whatever its title; its downloads are {@link AttachmentPaths#TABLE_FORMATS}.
 *
 * @param all every attachment, in the document's order
 */
public record DocumentAttachments(List<DocumentAttachment> all) {

    public DocumentAttachments {
        all = List.copyOf(all);
    }

    /** The attachments of a document. */
    public static DocumentAttachments of(Document document) {
        List<DocumentAttachment> all = new ArrayList<>(document.attachments().size());
        int tables = 0;
        for (int i = 0; i < document.attachments().size(); i++) {
            Attachment attachment = document.attachments().get(i);
            Path file = null;
            String path = null;
            String anchor = null;
            List<DocumentAttachment.TableDownload> downloads = List.of();
            if (attachment.table()) {
                anchor = AttachmentPaths.tableAnchor(++tables);
                downloads = AttachmentPaths.TABLE_FORMATS.stream().map(extension -> new DocumentAttachment.TableDownload(
                        extension, AttachmentPaths.tableDownload(document, attachment.title(), extension))).toList();
            } else if (attachment.isFile() && document.bundle() != null) {
                file = document.bundle().resolve(attachment.file()).normalize();
                path = document.url() + document.bundle().relativize(file).toString().replace('\\', '/');
            }
            all.add(new DocumentAttachment(document, attachment, i, file, path, anchor, downloads));
        }
        return new DocumentAttachments(all);
    }

    /** The bundle files the attachments publish, resolved, in the document's order. */
    public List<Path> files() {
        return all.stream().map(DocumentAttachment::file).filter(java.util.Objects::nonNull).toList();
    }

    /** The table attachments, in the document's order. */
    public List<DocumentAttachment> tables() {
        return all.stream().filter(a -> a.attachment().table()).toList();
    }
}
