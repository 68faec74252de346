package org.gazette.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gazette.content.Document;
import org.gazette.outputs.RobotsFile;
import org.gazette.pages.PlannedPage;
import org.gazette.site.Feeds;
import org.gazette.site.SiteIndex;
import org.gazette.validation.Problems;

/**
 * Two pages must never be written to the same address, whether two documents or a document and a
 * generated page. Compared without case, since editors' Windows and macOS disks ignore it.
 */
public final class AddressCheck {

    /** The origin named when a document's address falls under {@code assets/}. */
    private static final String ASSETS = "assets/ 文件夹";

    private AddressCheck() {
    }

    /**
     * Reports each document (published, draft or scheduled, in order of source path) whose page would
     * take an address a generated page, {@code robots.txt}, a JSON feed, the assets or an earlier document already has.
     */
    public static void check(SiteIndex site, List<PlannedPage> generated, Problems problems) {
        Map<String, String> taken = new HashMap<>();
        for (PlannedPage page : generated) {
            taken.put(page.outputPath().toLowerCase(Locale.ROOT), page.origin());
        }
        taken.put("assets/", ASSETS);
        taken.put(RobotsFile.PATH, RobotsFile.ORIGIN);
        for (Feeds.Channel channel : Feeds.of(site).channels()) {
            taken.put(channel.link().json().toLowerCase(Locale.ROOT), "JSON Feed 订阅：" + channel.link().title());
        }
        List<Document> all = new ArrayList<>(site.published());
        all.addAll(site.drafts());
        all.addAll(site.scheduled());
        all.sort(Comparator.comparing(Document::sourcePath));
        for (Document document : all) {
            String output = PlannedPage.indexFile(document.url()).toLowerCase(Locale.ROOT);
            String clash = taken.get(output);
            String folder = document.url().toLowerCase(Locale.ROOT);
            if (clash == null && folder.endsWith("/")) {
                // A page folder named like a generated file (content/feed.xml.md → feed.xml/) cannot coexist with it.
                clash = taken.get(folder.substring(0, folder.length() - 1));
            }
            if (clash == null && folder.startsWith("assets/")) {
                clash = ASSETS;
            }
            if (clash != null) {
                String address = "/" + document.url();
                problems.error(document.sourcePath(), 0, null, "与“" + clash + "”发布到同一个地址 " + address,
                        clash.startsWith("content/") ? "给其中一个文档换个文件名或文件夹名" : "这个地址留给网站自动生成的页面，请换个文件名或文件夹名");
            } else {
                taken.put(output, document.sourcePath());
            }
        }
    }
}
