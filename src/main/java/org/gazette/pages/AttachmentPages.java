package org.gazette.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Document;
import org.gazette.site.DocumentAttachment;
import org.gazette.site.DocumentAttachments;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;

/**
 * 附件汇总 at {@code attachments/}: every attachment of every published document, grouped by
 * document, newest first, {@link Pagination#PAGE_SIZE} documents a page. Sizes come from the file
 * system's directory entries; files are read (hashed) only for the documents' own pages.
 */
public final class AttachmentPages implements Output {

    public static final String PATH = "attachments/";
    static final String TITLE = "附件汇总";

    @Override
    public String name() {
        return "附件汇总";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of("attachments/index.html", "attachments/page/*/index.html");
    }

    @Override
    public Inputs inputs() {
        return Inputs.wholeDocuments().showing(d -> !d.attachments().isEmpty())
                .data("site.yaml", "agencies.yaml").bundleFiles();
    }

    @Override
    public Rendering rendering() {
        return Rendering.template("attachments", "attachments-index.ftlh");
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return pages(context.site(), context.today());
    }

    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        Urls urls = new Urls(site.data().site().baseUrl(), site.data().site().basePath());
        List<Document> withAttachments = site.published().stream().filter(d -> !d.attachments().isEmpty()).toList();
        if (withAttachments.isEmpty()) {
            return List.of(); // no 附件汇总 column without attachments; only documents with attachments link to it
        }
        int total = withAttachments.stream().mapToInt(d -> d.attachments().size()).sum();
        List<List<Document>> slices = Pagination.split(withAttachments);
        List<PlannedPage> pages = new ArrayList<>();
        for (int n = 1; n <= slices.size(); n++) {
            Pagination pagination = new Pagination(n, slices.size(), PATH);
            List<AttachmentIndexPage.Entry> entries = new ArrayList<>();
            for (Document document : slices.get(n - 1)) {
                entries.add(new AttachmentIndexPage.Entry(document, views(site.attachments(document), urls)));
            }
            List<Crumb> trail = n == 1 ? List.of(new Crumb("首页", ""), new Crumb(TITLE, null))
                    : List.of(new Crumb("首页", ""), new Crumb(TITLE, PATH), new Crumb("第" + n + "页", null));
            String title = n == 1 ? TITLE : TITLE + "（第" + n + "页）";
            PageMeta meta = new PageMeta(title, pagination.path(), PATH, trail,
                    n == 1 ? "本站所有通知、方案的附件，按发布日期排列，可直接下载。" : null);
            pages.add(new PlannedPage("attachments", PlannedPage.indexFile(pagination.path()), meta,
                    new AttachmentIndexPage(entries, pagination, total), "附件汇总"));
        }
        return pages;
    }

    private static List<AttachmentView> views(DocumentAttachments attachments, Urls urls) {
        List<AttachmentView> views = new ArrayList<>();
        for (DocumentAttachment attachment : attachments.all()) {
            views.add(switch (attachment.kind()) {
                case "table" -> AttachmentViews.table(urls, attachment,
                        urls.page(attachment.document()) + "#" + attachment.anchor(), download -> null);
                case "url" -> AttachmentViews.external(attachment.attachment());
                default -> AttachmentViews.file(urls, attachment, sizeOnly(attachment));
            });
        }
        return views;
    }

    private static FileFacts sizeOnly(DocumentAttachment attachment) {
        try {
            return new FileFacts(Files.size(attachment.file()), null, 0);
        } catch (IOException e) {
            return null;
        }
    }
}
