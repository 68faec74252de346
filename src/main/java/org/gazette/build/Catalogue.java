package org.gazette.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.catalogue.DocumentChange;
import org.gazette.catalogue.Inputs;
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
import org.gazette.pages.PlannedPage;
import org.gazette.search.SearchPages;
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
     * The pages and files of the families made from the whole site, by family in the list's order.
     * The families are independent and planned side by side; a family that lists what others plan is
     * planned after them, given everything planned before it.
     */
    public Plan plan(SiteIndex site, LocalDate today, Urls urls) {
        return plan(site, today, urls, null, null, false);
    }

    /**
     * Plans again after documents changed: a family keeps what it planned last time when its declared
     * inputs say no change reaches it ({@link Inputs#reaches}); a family that lists the others is planned
     * again when one before it now plans other pages or page titles.
     *
     * @param last         the last plan of the same site, data and build day
     * @param changes      every published document that came, went or changed since; null when not known
     * @param bundleFiles  true when bundle files may have changed, which reach families reading them
     */
    public Plan plan(SiteIndex site, LocalDate today, Urls urls, Plan last, List<DocumentChange> changes,
                     boolean bundleFiles) {
        List<Output> families = wholeSite();
        SiteContext alone = new SiteContext(site, today, urls, List.of());
        List<List<? extends Product>> planned = families.parallelStream()
                .<List<? extends Product>>map(family -> {
                    if (family.inputs().listsOthers()) {
                        return null;
                    }
                    if (!reached(family, last, changes, bundleFiles)) {
                        return last.of(family);
                    }
                    return last == null || changes == null || last.of(family) == null || bundleFiles && family.inputs().readsBundleFiles()
                            ? family.plan(alone) : family.replan(alone, last.of(family), changes);
                })
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        for (int i = 0; i < families.size(); i++) {
            Output family = families.get(i);
            if (planned.get(i) != null) {
                continue;
            }
            List<Product> before = new ArrayList<>();
            boolean outlineChanged = false;
            for (int j = 0; j < i; j++) {
                before.addAll(planned.get(j));
                outlineChanged = outlineChanged || last != null && last.of(families.get(j)) != planned.get(j)
                        && !sameOutline(planned.get(j), last.of(families.get(j)));
            }
            planned.set(i, outlineChanged || reached(family, last, changes, bundleFiles)
                    ? family.plan(new SiteContext(site, today, urls, before)) : last.of(family));
        }
        Map<Output, List<? extends Product>> byFamily = new LinkedHashMap<>();
        for (int i = 0; i < families.size(); i++) {
            byFamily.put(families.get(i), planned.get(i));
        }
        return new Plan(byFamily);
    }

    /** True when the family must be planned again: no last plan of it, or a change its inputs declare. */
    private static boolean reached(Output family, Plan last, List<DocumentChange> changes, boolean bundleFiles) {
        if (last == null || changes == null || last.of(family) == null) {
            return true;
        }
        Inputs inputs = family.inputs();
        if (bundleFiles && inputs.readsBundleFiles()) {
            return true;
        }
        for (DocumentChange change : changes) {
            if (inputs.reaches(change)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when two plans of a family agree in what a family that lists the others reads of them:
     * the paths, and each page's title and trail.
     */
    private static boolean sameOutline(List<? extends Product> now, List<? extends Product> before) {
        if (now.size() != before.size()) {
            return false;
        }
        // Product by product, without laying the outlines out: at 10,000 documents that was 2 % of a title edit.
        for (int i = 0; i < now.size(); i++) {
            Product a = now.get(i);
            Product b = before.get(i);
            if (a == b) {
                continue;
            }
            if (a instanceof PlannedPage page) {
                if (!(b instanceof PlannedPage other) || !page.outputPath().equals(other.outputPath())
                        || !page.meta().equals(other.meta())) {
                    return false;
                }
            } else if (b instanceof PlannedPage || !a.path().equals(b.path())) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the whole-site families planned, by family in the catalogue's order.
     *
     * @param byFamily each family's products
     */
    public record Plan(Map<Output, List<? extends Product>> byFamily) {

        /** What {@code family} planned, or null when it was not planned. */
        public List<? extends Product> of(Output family) {
            return byFamily.get(family);
        }

        /**
         * True when every family plans the paths it planned in {@code last}, in the same order: a
         * family that kept its last products (the same list) is not looked at again.
         */
        public boolean samePaths(Plan last) {
            if (!byFamily.keySet().equals(last.byFamily.keySet())) {
                return false;
            }
            for (Map.Entry<Output, List<? extends Product>> family : byFamily.entrySet()) {
                List<? extends Product> now = family.getValue();
                List<? extends Product> before = last.of(family.getKey());
                if (now == before) {
                    continue;
                }
                if (now.size() != before.size()) {
                    return false;
                }
                for (int i = 0; i < now.size(); i++) {
                    if (!now.get(i).path().equals(before.get(i).path())) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Every product, in the catalogue's order. */
        public List<Product> all() {
            List<Product> all = new ArrayList<>();
            byFamily.values().forEach(all::addAll);
            return all;
        }
    }
}
