package org.gazette.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything in {@code data/}: the site identity and the entries documents refer to by id. */
public record SiteData(SiteConfig site, Map<String, Agency> agencies, Map<String, Campaign> campaigns,
                       Map<String, Contact> contacts) {

    public SiteData {
        // Keep the order of the data files: directories list agencies as the editor ordered them.
        agencies = Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
        campaigns = Collections.unmodifiableMap(new LinkedHashMap<>(campaigns));
        contacts = Collections.unmodifiableMap(new LinkedHashMap<>(contacts));
    }
}
