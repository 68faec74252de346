package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Agency;
import org.gazette.content.Contact;
import org.gazette.content.Document;
import org.gazette.site.Activity;
import org.gazette.site.AgencyPaths;
import org.gazette.site.ContactCards;
import org.gazette.site.ContactDirectory;
import org.gazette.site.Feeds;
import org.gazette.site.SiteIndex;

/**
 * The 联系我们 directory at {@code contacts/} and a page per issuing agency at
 * {@code agencies/<id>/}, its documents paginated at {@code agencies/<id>/page/n/}.
 */
public final class ContactPages implements Output {

    /** The directory's path, which the navigation's 联系我们 entry points to. */
    public static final String PATH = "contacts/";
    static final String TITLE = "联系我们";
    /**
     * Contact people an agency shows in the directory and on its own page: the newest, those its
     * latest documents list, so neither page grows with the archive; the others stay on their
     * documents' pages.
     */
    static final int DIRECTORY_CONTACTS = 8;
    static final int AGENCY_CONTACTS = 30;

    @Override
    public String name() {
        return "联系我们和机构页面";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of("contacts/index.html", "agencies/*/index.html", "agencies/*/page/*/index.html");
    }

    @Override
    public Inputs inputs() {
        return Inputs.wholeDocuments()
                .showing(d -> !d.agencies().isEmpty() || !d.contacts().isEmpty() || !d.schedule().isEmpty())
                .data("site.yaml", "agencies.yaml", "contacts.yaml");
    }

    @Override
    public Rendering rendering() {
        return Rendering.templates(Map.of("contacts", "contacts.ftlh", "agency", "agency.ftlh"));
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return pages(context.site(), context.today());
    }

    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        ContactDirectory directory = ContactDirectory.of(site);
        Set<String> withActivities = agenciesWithActivities(site);
        List<AgencyView> agencies = new ArrayList<>();
        List<AgencyView> full = new ArrayList<>();
        for (Agency agency : site.data().agencies().values()) {
            agencies.add(view(agency, site, directory, withActivities, DIRECTORY_CONTACTS));
            full.add(view(agency, site, directory, withActivities, AGENCY_CONTACTS));
        }
        List<PlannedPage> pages = new ArrayList<>();
        List<Crumb> trail = List.of(new Crumb("首页", ""), new Crumb(TITLE, null));
        PageMeta meta = new PageMeta(TITLE, PATH, PATH, trail, "各发布机构的地址、电话、邮箱和联系人。");
        pages.add(new PlannedPage("contacts", PlannedPage.indexFile(PATH), meta,
                new ContactDirectoryPage(agencies, groups(directory.unaffiliated())), "联系我们"));
        for (AgencyView agency : full) {
            pages.addAll(agencyPages(agency, site));
        }
        return pages;
    }

    private static List<PlannedPage> agencyPages(AgencyView agency, SiteIndex site) {
        String name = agency.agency().name();
        String base = agency.path();
        List<List<Document>> slices = Pagination.split(site.byAgency(agency.agency().id()));
        Feeds.Channel feed = Feeds.of(site).agencyChannel(agency.agency().id());
        List<PlannedPage> pages = new ArrayList<>();
        for (int n = 1; n <= slices.size(); n++) {
            Pagination pagination = new Pagination(n, slices.size(), base);
            List<Crumb> trail = new ArrayList<>(List.of(new Crumb("首页", ""), new Crumb(TITLE, PATH)));
            trail.add(new Crumb(name, n == 1 ? null : base));
            if (n > 1) {
                trail.add(new Crumb("第" + n + "页", null));
            }
            String title = n == 1 ? name : name + "发布的文件（第" + n + "页）";
            String description = n == 1 ? name + "的联系方式、联系人和发布的文件。" : null;
            PageMeta meta = new PageMeta(title, pagination.path(), PATH, trail, description);
            pages.add(new PlannedPage("agency", PlannedPage.indexFile(pagination.path()), meta,
                    new AgencyPage(agency, slices.get(n - 1), pagination, feed == null ? null : feed.link()), "data/agencies.yaml: " + agency.agency().id()));
        }
        return pages;
    }

    private static AgencyView view(Agency agency, SiteIndex site, ContactDirectory directory, Set<String> withActivities,
                                   int contacts) {
        String id = agency.id();
        List<Contact> people = directory.of(id);
        return new AgencyView(agency, agency.phone() == null ? null : ContactView.Phone.of(agency.phone()),
                groups(people.subList(0, Math.min(contacts, people.size()))), people.size(), ContactCards.hasCard(agency) ? ContactCards.agencyPath(agency) : null,
                withActivities.contains(id) ? AgencyPaths.calendar(id) : null, site.byAgency(id).size());
    }

    /**
     * Agencies with at least one activity: those that issued a document with a schedule, or that are
     * named among an activity's organisers. Computed once per build.
     */
    static Set<String> agenciesWithActivities(SiteIndex site) {
        Set<String> ids = new HashSet<>();
        for (Activity activity : site.activities()) {
            activity.document().agencies().forEach(a -> ids.add(a.id()));
            activity.item().organizers().stream().filter(o -> o.agency() != null).forEach(o -> ids.add(o.agency().id()));
        }
        return ids;
    }

    private static List<ContactView.Group> groups(List<Contact> contacts) {
        List<ContactView> views = new ArrayList<>();
        for (Contact contact : contacts) {
            views.add(ContactView.of(contact, ContactCards.personPath(contact)));
        }
        return ContactView.group(views);
    }
}
