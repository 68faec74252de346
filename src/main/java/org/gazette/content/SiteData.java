package org.gazette.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything in {@code data/}: the site identity and the entries documents refer to by id.
 *
 * @param unreadable data files (e.g. {@code data/agencies.yaml}) that exist but could not be read, and
 *                   entries with mistakes ({@code data/contacts.yaml#wang}), which are left out of the
 *                   maps; references into them are not reported again for every document
 */
public record SiteData(SiteConfig site, Map<String, Agency> agencies, Map<String, Campaign> campaigns,
                       Map<String, Contact> contacts, Set<String> unreadable) {

    /** Data read without reporting any unreadable file. */
    public SiteData(SiteConfig site, Map<String, Agency> agencies, Map<String, Campaign> campaigns,
                    Map<String, Contact> contacts) {
        this(site, agencies, campaigns, contacts, Set.of());
    }

    public SiteData {
        // Keep the order of the data files: directories list agencies as the editor ordered them.
        agencies = Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
        campaigns = Collections.unmodifiableMap(new LinkedHashMap<>(campaigns));
        contacts = Collections.unmodifiableMap(new LinkedHashMap<>(contacts));
        unreadable = Set.copyOf(unreadable);
    }

    /** Whether the entry {@code id} of {@code dataFile} is missing only because it had mistakes, already reported. */
    public boolean isUnreadable(String dataFile, String id) {
        return unreadable.contains(dataFile) || unreadable.contains(dataFile + "#" + id);
    }
}
