package org.gazette.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.outputs.BundleFiles;
import org.gazette.outputs.CalendarFiles;
import org.gazette.outputs.JsonFeeds;
import org.gazette.outputs.RobotsFile;
import org.gazette.outputs.TableDownloadFiles;
import org.gazette.outputs.VCardFiles;
import org.gazette.pages.AttachmentPages;
import org.gazette.pages.CalendarPages;
import org.gazette.pages.CampaignHubPages;
import org.gazette.pages.ContactPages;
import org.gazette.pages.DocumentPages;
import org.gazette.pages.FeedPages;
import org.gazette.pages.HomePages;
import org.gazette.pages.ListPages;
import org.gazette.pages.NotFoundPage;
import org.gazette.pages.SearchPages;
import org.gazette.pages.SiteMapPages;
import org.gazette.pages.SitemapPages;
import org.gazette.pages.TopicPages;
import org.gazette.pages.YearArchivePages;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;

/**
 * The catalogue of outputs: every family of pages and files a site publishes, in one list
 * ({@link #standard}). The builder asks it for the families made per document and for the pages
 * and files made from the whole site, and the renderer for the template of each page kind.
 */
public final class Catalogue {

    private final List<Output> outputs;

    public Catalogue(List<Output> outputs) {
        this.outputs = List.copyOf(outputs);
        templates(); // refuses two templates for one page kind
    }

    /**
     * Every output family of a Gazette site. Those that list what others plan (the site maps)
     * come after the families they list.
     */
    public static Catalogue standard() {
        return new Catalogue(List.of(
                // Made from each document, in the per-document pass.
                new BundleFiles(),
                new TableDownloadFiles(MediaType.XLSX),
                new TableDownloadFiles(MediaType.CSV),
                new DocumentPages(),
                // Made from the whole site.
                new HomePages(),
                new NotFoundPage(),
                new ListPages(),
                new ContactPages(),
                new AttachmentPages(),
                new CalendarPages(),
                new FeedPages(),
                new JsonFeeds(),
                new YearArchivePages(),
                new TopicPages(),
                new CampaignHubPages(),
                new VCardFiles(),
                new CalendarFiles(),
                new RobotsFile(),
                new SearchPages(),
                new SiteMapPages(),
                new SitemapPages()));
    }

    /** Every family, in the list's order. */
    public List<Output> outputs() {
        return outputs;
    }

    /** The families made in the per-document pass. */
    public List<Output> perDocument() {
        return outputs.stream().filter(output -> output.inputs().perDocument()).toList();
    }

    /** The families made from the whole site. */
    public List<Output> wholeSite() {
        return outputs.stream().filter(output -> !output.inputs().perDocument()).toList();
    }

    /** The template file of every page kind. */
    public Map<String, String> templates() {
        Map<String, String> templates = new LinkedHashMap<>();
        for (Output output : outputs) {
            if (output.rendering() instanceof Rendering.Templates byKind) {
                byKind.byKind().forEach((kind, file) -> {
                    String other = templates.putIfAbsent(kind, file);
                    if (other != null && !other.equals(file)) {
                        throw new IllegalArgumentException("page kind " + kind + " has two templates: " + other + ", " + file);
                    }
                });
            }
        }
        return templates;
    }

    /** The file ending of each page kind whose pages are not HTML (the Atom feed's {@code .xml}). */
    public Map<String, String> extensions() {
        Map<String, String> extensions = new LinkedHashMap<>();
        for (Output output : outputs) {
            if (output.rendering() instanceof Rendering.Templates byKind && !output.mediaType().equals(MediaType.HTML)) {
                byKind.byKind().keySet().forEach(kind -> extensions.put(kind, output.mediaType().suffix()));
            }
        }
        return extensions;
    }

    /**
     * The pages and files of the families made from the whole site, in the list's order. The
     * families are independent and planned side by side; a family that lists what others plan is
     * planned after them, given everything planned before it.
     */
    public List<Product> plan(SiteIndex site, LocalDate today, Urls urls) {
        List<Output> families = wholeSite();
        List<List<? extends Product>> planned = new ArrayList<>(families.size());
        SiteContext alone = new SiteContext(site, today, urls, List.of());
        List<Integer> later = new ArrayList<>();
        List<List<? extends Product>> independent = families.parallelStream()
                .<List<? extends Product>>map(family -> family.inputs().listsOthers() ? null : family.plan(alone))
                .toList();
        for (int i = 0; i < families.size(); i++) {
            planned.add(independent.get(i));
            if (independent.get(i) == null) {
                later.add(i);
            }
        }
        for (int i : later) {
            List<Product> before = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                before.addAll(planned.get(j));
            }
            planned.set(i, families.get(i).plan(new SiteContext(site, today, urls, before)));
        }
        List<Product> all = new ArrayList<>();
        planned.forEach(all::addAll);
        return all;
    }
}
