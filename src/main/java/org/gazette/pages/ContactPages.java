package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gazette.catalogue.DocumentChange;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Agency;
import org.gazette.content.Contact;
import org.gazette.content.Document;
import org.gazette.site.CalendarIndex;
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
        List<PlannedPage> pages = new ArrayList<>();
        plan(site, ContactPages::laidOut, (agency, made) -> pages.addAll(made.get()));
        return pages;
    }

    /**
     * Plans the directory again, and an agency's pages only when a change reaches them: the agency
     * issued a changed document, before or after the change (its list of documents and its feed), or
     * its entry (contacts, their count, documents counted, calendar link) is not the one its pages
     * show, as when a contact it shares with another agency's document changed. The other agencies'
     * pages are the last plan's.
     */
    @Override
    public List<? extends Product> replan(SiteContext context, List<? extends Product> last, List<DocumentChange> changes) {
        Set<String> issuers = new HashSet<>();
        for (DocumentChange change : changes) {
            for (Document document : Arrays.asList(change.before(), change.after())) {
                if (document != null) {
                    document.agencies().forEach(agency -> issuers.add(agency.id()));
                }
            }
        }
        Map<String, ? extends List<? extends Product>> before = Pagination.byList(last);
        List<Product> pages = new ArrayList<>();
        // A person whose entry is the very object the last plan showed (an unchanged document's, or the
        // data's) is laid out as it was: parsing numbers and naming vCards was most of this family's cost.
        Map<Contact, ContactView> shown = new IdentityHashMap<>();
        for (Product product : last) {
            if (product instanceof PlannedPage page && page.model() instanceof AgencyPage agency) {
                agency.agency().contacts().forEach(group -> group.contacts().forEach(view -> shown.put(view.contact(), view)));
            }
        }
        plan(context.site(), contact -> {
            ContactView known = shown.get(contact);
            return known != null ? known : laidOut(contact);
        }, (agency, made) -> {
            if (agency == null) { // the directory: one page, planned again
                pages.addAll(made.get());
                return;
            }
            List<? extends Product> kept = before.get(agency.path());
            boolean same = !issuers.contains(agency.agency().id()) && kept != null
                    && kept.get(0) instanceof PlannedPage first && first.model() instanceof AgencyPage page
                    && page.agency().equals(agency);
            pages.addAll(same ? kept : made.get());
        });
        return pages;
    }

    /** Receives each page group of the family with how to make it: the directory (no agency), then each agency. */
    private interface AgencyPlan {
        void accept(AgencyView agency, Supplier<List<PlannedPage>> pages);
    }

    /** The directory page first, then each agency's pages in the order of {@code agencies.yaml}. */
    private void plan(SiteIndex site, Function<Contact, ContactView> views, AgencyPlan agencyPages) {
        ContactDirectory directory = ContactDirectory.of(site);
        CalendarIndex calendars = CalendarIndex.of(site);
        List<AgencyView> agencies = new ArrayList<>();
        List<AgencyView> full = new ArrayList<>();
        for (Agency agency : site.data().agencies().values()) {
            // The directory shows the first of the people the agency's page shows: each person is laid out once.
            List<Contact> people = directory.of(agency.id());
            List<ContactView> shown = new ArrayList<>();
            for (Contact contact : people.subList(0, Math.min(AGENCY_CONTACTS, people.size()))) {
                shown.add(views.apply(contact));
            }
            agencies.add(view(agency, site, people.size(), shown.subList(0, Math.min(DIRECTORY_CONTACTS, shown.size())), calendars));
            full.add(view(agency, site, people.size(), shown, calendars));
        }
        List<Crumb> trail = List.of(new Crumb("首页", ""), new Crumb(TITLE, null));
        PageMeta meta = new PageMeta(TITLE, PATH, PATH, trail, "各发布机构的地址、电话、邮箱和联系人。");
        agencyPages.accept(null, () -> List.of(new PlannedPage("contacts", PlannedPage.indexFile(PATH), meta,
                new ContactDirectoryPage(agencies, groups(directory.unaffiliated())), "联系我们")));
        for (AgencyView agency : full) {
            agencyPages.accept(agency, () -> agencyPages(agency, site));
        }
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

    /** A person as the directory and agency pages show them, with their vCard. */
    private static ContactView laidOut(Contact contact) {
        return ContactView.of(contact, ContactCards.personPath(contact));
    }

    private static AgencyView view(Agency agency, SiteIndex site, int people, List<ContactView> shown, CalendarIndex calendars) {
        String id = agency.id();
        return new AgencyView(agency, agency.phone() == null ? null : ContactView.Phone.of(agency.phone()),
                ContactView.group(shown), people, ContactCards.hasCard(agency) ? ContactCards.agencyPath(agency) : null,
                // An agency has a calendar when it issued a document with a schedule or organises an activity.
                calendars.agencyActivities(id).isEmpty() ? null : AgencyPaths.calendar(id), site.byAgency(id).size());
    }

    private static List<ContactView.Group> groups(List<Contact> contacts) {
        List<ContactView> views = new ArrayList<>();
        for (Contact contact : contacts) {
            views.add(ContactView.of(contact, ContactCards.personPath(contact)));
        }
        return ContactView.group(views);
    }
}
