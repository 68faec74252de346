package org.gazette.outputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.catalogue.DocumentFact;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Agency;
import org.gazette.content.Contact;
import org.gazette.content.Document;
import org.gazette.site.AgencyPaths;
import org.gazette.site.ContactCards;
import org.gazette.site.ContactDirectory;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;

/**
 * The vCards (“保存到通讯录”) of the site: one per contact person that a page shows, one per agency
 * with something to call or write to. Paths and UIDs come from {@link ContactCards}.
 */
public final class VCardFiles implements Output {

    @Override
    public String name() {
        return "通讯录名片（vCard）";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.VCARD;
    }

    @Override
    public List<String> paths() {
        return List.of("agencies/*.vcf", "contacts/*.vcf", "contacts/inline/*.vcf");
    }

    @Override
    public Inputs inputs() {
        return Inputs.documents(DocumentFact.PLACE, DocumentFact.DATE, DocumentFact.AGENCIES, DocumentFact.CONTACTS)
                .showing(d -> !d.contacts().isEmpty()).data("site.yaml", "agencies.yaml", "contacts.yaml");
    }

    @Override
    public Rendering rendering() {
        return Rendering.writer();
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return files(context.site(), context.today(), context.urls());
    }

    public List<OutputFile> files(SiteIndex site, LocalDate today, Urls urls) {
        ContactDirectory directory = ContactDirectory.of(site);
        Map<String, OutputFile> files = new LinkedHashMap<>();
        for (Agency agency : site.data().agencies().values()) {
            if (ContactCards.hasCard(agency)) {
                String path = ContactCards.agencyPath(agency);
                String page = urls.absolute(AgencyPaths.page(agency.id()));
                files.put(path, new OutputFile(path, "data/agencies.yaml: " + agency.id(), List.of(agency, page),
                        out -> out.write(VCards.write(VCards.agency(agency, ContactCards.uid(urls, path), page)))));
            }
        }
        List<Contact> people = new ArrayList<>(site.data().contacts().values());
        for (Document document : site.published()) {
            people.addAll(document.contacts());
        }
        for (Contact contact : people) {
            String path = ContactCards.personPath(contact);
            if (!files.containsKey(path)) {
                // Written later, in parallel; the contact and its page are all the card is made from.
                String page = urls.absolute(pageOf(contact, site, directory));
                files.put(path, new OutputFile(path, origin(contact, directory), List.of(contact, page),
                        out -> out.write(VCards.write(VCards.person(contact, ContactCards.uid(urls, path), page)))));
            }
        }
        return List.copyOf(files.values());
    }

    /** The page to name on a person's card: their agency's page, else the newest document listing them. */
    private static String pageOf(Contact contact, SiteIndex site, ContactDirectory directory) {
        Agency agency = directory.agencyNamedBy(contact.org());
        if (agency != null) {
            return AgencyPaths.page(agency.id());
        }
        Document listing = directory.newestListing(contact);
        return listing != null ? listing.url() : "contacts/";
    }

    private static String origin(Contact contact, ContactDirectory directory) {
        if (contact.refId() != null) {
            return "data/contacts.yaml";
        }
        Document listing = directory.newestListing(contact);
        return listing != null ? listing.sourcePath() : "联系人 " + contact.name();
    }
}
