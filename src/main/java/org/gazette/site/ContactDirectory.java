package org.gazette.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.gazette.content.Agency;
import org.gazette.content.Contact;
import org.gazette.content.Document;

/**
 * Which contact people belong to which issuing agency, for the 联系我们 directory and the agency
 * pages. Computed once per build from every published document and {@code data/contacts.yaml}.
 *
 * <p>The rule, as the editor's guide states it:
 * <ol>
 *   <li>A contact belongs to the agency its {@code org} names: the organisation starts with the
 *       agency's full or short name (with or without a trailing bracketed part, so
 *       “新乡市科协组织人事部” belongs to 新乡市科协 and “沙坡头区科学技术局” to 沙坡头区科学技术局（科协））.
 *       When several agencies match, the longest name wins.</li>
 *   <li>A contact whose {@code org} names no agency belongs to every agency that issued a document
 *       listing it.</li>
 *   <li>A person is listed once: entries with the same name and organisation are one person, shown
 *       as the newest document lists them (numbers change; the newest are the ones to call).
 *       Entries of {@code data/contacts.yaml} that no document lists come last.</li>
 * </ol>
 * A contact of {@code data/contacts.yaml} that matches no agency and that no document lists is
 * {@link #unaffiliated()}.
 */
public final class ContactDirectory {

    private final Map<String, List<Contact>> byAgency;
    private final List<Contact> unaffiliated;
    private final Map<Contact, Document> newestListing;
    /** The published documents it was made from, newest first: the next build's index keeps it when they agree. */
    private final List<Document> madeFrom;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("[（(][^（）()]*[）)]$");

    private final AgencyNames names;

    private ContactDirectory(AgencyNames names, Map<String, List<Contact>> byAgency, List<Contact> unaffiliated,
                             Map<Contact, Document> newestListing, List<Document> madeFrom) {
        this.names = names;
        this.byAgency = byAgency;
        this.unaffiliated = unaffiliated;
        this.newestListing = newestListing;
        this.madeFrom = madeFrom;
    }

    /**
     * The directory of a site, made once per build; in a rebuild, the last one kept when no published
     * document changed what the directory reads of it (its place, date, agencies or contacts), as
     * after a title edit.
     */
    public static ContactDirectory of(SiteIndex site) {
        return site.derived(ContactDirectory.class, index -> {
            ContactDirectory last = index.last(ContactDirectory.class);
            ContactDirectory kept = last == null ? null : last.keptFor(index.published());
            return kept != null ? kept : build(index);
        });
    }

    /**
     * This directory for {@code published}, or null when one of them differs from the document this
     * was made from in what the directory reads. The people, their agencies and their order are
     * then the same; only the listing documents are replaced by their new versions.
     */
    private ContactDirectory keptFor(List<Document> published) {
        if (published.size() != madeFrom.size()) {
            return null;
        }
        Map<Document, Document> replaced = new IdentityHashMap<>();
        for (int i = 0; i < published.size(); i++) {
            Document now = published.get(i);
            Document before = madeFrom.get(i);
            if (now != before) {
                if (!sameForDirectory(before, now)) {
                    return null;
                }
                replaced.put(before, now);
            }
        }
        if (replaced.isEmpty()) {
            return this;
        }
        Map<Contact, Document> newest = new LinkedHashMap<>(newestListing);
        newest.replaceAll((contact, document) -> replaced.getOrDefault(document, document));
        return new ContactDirectory(names, byAgency, unaffiliated, Collections.unmodifiableMap(newest), published);
    }

    /** True when the directory would make the same of both versions of a document (the same place in the list too). */
    private static boolean sameForDirectory(Document before, Document now) {
        return before.file().equals(now.file()) && before.sourcePath().equals(now.sourcePath())
                && before.url().equals(now.url()) && Objects.equals(before.date(), now.date())
                && before.agencies().equals(now.agencies()) && before.contacts().equals(now.contacts());
    }

    private static ContactDirectory build(SiteIndex site) {
        AgencyNames names = AgencyNames.of(site.data().agencies().values());
        Map<String, Contact> people = new LinkedHashMap<>();
        Map<String, Set<Agency>> issuers = new LinkedHashMap<>();
        Map<Contact, Document> newest = new LinkedHashMap<>();
        for (Document document : site.published()) {
            for (Contact contact : document.contacts()) {
                String key = identity(contact);
                people.putIfAbsent(key, contact);
                issuers.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(document.agencies());
                newest.putIfAbsent(contact, document);
            }
        }
        for (Contact contact : site.data().contacts().values()) {
            people.putIfAbsent(identity(contact), contact);
        }
        Map<String, List<Contact>> byAgency = new LinkedHashMap<>();
        for (String id : site.data().agencies().keySet()) {
            byAgency.put(id, new ArrayList<>());
        }
        List<Contact> unaffiliated = new ArrayList<>();
        people.forEach((key, contact) -> {
            Agency named = names.agencyNamedBy(contact.org());
            Collection<Agency> owners = named != null ? List.of(named) : issuers.getOrDefault(key, Set.of());
            if (owners.isEmpty()) {
                unaffiliated.add(contact);
            }
            for (Agency agency : owners) {
                byAgency.get(agency.id()).add(contact);
            }
        });
        Map<String, List<Contact>> frozen = new LinkedHashMap<>();
        byAgency.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
        return new ContactDirectory(names, Collections.unmodifiableMap(frozen), List.copyOf(unaffiliated),
                Collections.unmodifiableMap(newest), site.published());
    }

    /** The contacts of an agency, in the order described above. */
    public List<Contact> of(String agencyId) {
        return byAgency.getOrDefault(agencyId, List.of());
    }

    /** Entries of {@code data/contacts.yaml} that belong to no agency. */
    public List<Contact> unaffiliated() {
        return unaffiliated;
    }

    /** The newest published document listing exactly this contact entry, or null. */
    public Document newestListing(Contact contact) {
        return newestListing.get(contact);
    }

    /**
     * The agency an organisation name names, or null: the agency whose name (full or short, with or
     * without a trailing bracketed part) the organisation starts with, the longest such name winning.
     */
    public Agency agencyNamedBy(String org) {
        return names.agencyNamedBy(org);
    }

    /** The same rule for a one-off question; a directory answers many faster. */
    public static Agency agencyNamedBy(String org, Collection<Agency> agencies) {
        return AgencyNames.of(agencies).agencyNamedBy(org);
    }

    /** The names agencies go by, longest first, prepared once per directory rather than per contact. */
    private record AgencyNames(List<Map.Entry<String, Agency>> longestFirst) {

        static AgencyNames of(Collection<Agency> agencies) {
            List<Map.Entry<String, Agency>> names = new ArrayList<>();
            for (Agency agency : agencies) {
                for (String name : new String[] {agency.name(), agency.shortName()}) {
                    if (name == null) {
                        continue;
                    }
                    String full = compact(name);
                    String bare = TRAILING_BRACKETS.matcher(full).replaceFirst("");
                    for (String candidate : List.of(full, bare)) {
                        if (candidate.length() >= 2) {
                            names.add(Map.entry(candidate, agency));
                        }
                    }
                }
            }
            // Stable: of two names of the same length, the agency listed first in the data file wins.
            names.sort(java.util.Comparator.comparingInt((Map.Entry<String, Agency> e) -> e.getKey().length()).reversed());
            return new AgencyNames(List.copyOf(names));
        }

        Agency agencyNamedBy(String org) {
            if (org == null) {
                return null;
            }
            String wanted = compact(org);
            for (Map.Entry<String, Agency> name : longestFirst) {
                if (wanted.startsWith(name.getKey())) {
                    return name.getValue();
                }
            }
            return null;
        }
    }

    /** Same person: same name and organisation, spaces ignored. */
    private static String identity(Contact contact) {
        return compact(contact.name()) + '\u0000' + compact(contact.org() == null ? "" : contact.org());
    }

    private static String compact(String text) {
        // Most names hold no space: no matcher for them (the directory compacts every listed contact each build).
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return SPACES.matcher(text).replaceAll("");
            }
        }
        return text;
    }
}
