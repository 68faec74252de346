package org.gazette.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.content.ContentFile;
import org.gazette.content.Document;
import org.gazette.site.SiteIndex;
import org.gazette.validation.Problems;

/**
 * Every file in a published or scheduled document's bundle is either published (declared or
 * linked) or reported, so nothing an editor put beside a notice is silently left out. Bundles of
 * drafts and of documents with mistakes are left alone.
 */
public final class UnreferencedFileCheck {

    private UnreferencedFileCheck() {
    }

    /**
     * Reports each bundle file that its document neither declares nor links.
     *
     * @param root        the site root, against which files are named
     * @param bundleFiles every file found in a bundle folder under {@code content/}
     * @param published   the bundle files the documents declare or link
     */
    public static void check(Path root, List<Path> bundleFiles, SiteIndex site, Set<Path> published, Problems problems) {
        Map<Path, Document> byBundle = new HashMap<>();
        List<Document> checked = new ArrayList<>(site.published());
        checked.addAll(site.scheduled());
        for (Document document : checked) {
            if (document.draft()) {
                continue;
            }
            if (document.bundle() != null) {
                byBundle.put(document.bundle(), document);
            }
        }
        for (Path file : bundleFiles) {
            Path bundle = ContentFile.owningBundle(file, byBundle.keySet());
            if (bundle == null || published.contains(file)) {
                continue;
            }
            String name = root.relativize(file).toString().replace('\\', '/');
            problems.error(name, 0, null, "这个文件既没有在 attachments 中声明，也没有在正文中链接，不会发布",
                    "在 " + byBundle.get(bundle).sourcePath() + " 的 attachments 中添加 file: "
                            + bundle.relativize(file).toString().replace('\\', '/') + "，或删除这个文件");
        }
    }
}
