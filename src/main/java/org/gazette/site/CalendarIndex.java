package org.gazette.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gazette.content.Agency;
import org.gazette.content.Campaign;
import org.gazette.content.Document;
import org.gazette.content.Organizer;

/**
 * The site's activities and deadlines grouped for the calendars, in one pass over
 * {@link SiteIndex#activities()} and {@link SiteIndex#deadlines()}: per campaign (those of its
 * documents) and per agency (those of the documents it issued, and activities it organises in
 * anyone's document). Every list keeps the site's order: activities by start, deadlines by due.
 *
 * <p>In a preview the index of the next build is this one updated in place, as
 * {@link SiteIndex#updated} is: the lists no changed document reaches are kept, and those it reaches
 * are merged, not gathered again from every activity of the site.
 */
public final class CalendarIndex {

    /** The published documents with activities or deadlines that the lists were made from, by file. */
    private final Map<Path, Document> documents;
    private final Map<String, List<Activity>> campaignActivities;
    private final Map<String, List<DeadlineEntry>> campaignDeadlines;
    private final Map<String, List<Activity>> agencyActivities;
    private final Map<String, List<DeadlineEntry>> agencyDeadlines;

    /**
     * The calendar index of a site, made once per build for the calendar pages and files: from the
     * last build's (through {@link SiteIndex#last}) when there is one, else from every activity.
     */
    public static CalendarIndex of(SiteIndex site) {
        return site.derived(CalendarIndex.class, s -> {
            CalendarIndex last = s.last(CalendarIndex.class);
            return last == null ? new CalendarIndex(s) : last.updated(s);
        });
    }

    CalendarIndex(SiteIndex site) {
        Lists lists = new Lists();
        lists.addAll(site.activities(), site.deadlines());
        Map<Path, Document> dated = new HashMap<>();
        site.activities().forEach(activity -> dated.put(activity.document().file(), activity.document()));
        site.deadlines().forEach(entry -> dated.put(entry.document().file(), entry.document()));
        this.documents = Collections.unmodifiableMap(dated);
        this.campaignActivities = frozen(lists.campaignActivities);
        this.campaignDeadlines = frozen(lists.campaignDeadlines);
        this.agencyActivities = frozen(lists.agencyActivities);
        this.agencyDeadlines = frozen(lists.agencyDeadlines);
    }

    private CalendarIndex(Map<Path, Document> documents, Map<String, List<Activity>> campaignActivities,
                          Map<String, List<DeadlineEntry>> campaignDeadlines, Map<String, List<Activity>> agencyActivities,
                          Map<String, List<DeadlineEntry>> agencyDeadlines) {
        this.documents = documents;
        this.campaignActivities = campaignActivities;
        this.campaignDeadlines = campaignDeadlines;
        this.agencyActivities = agencyActivities;
        this.agencyDeadlines = agencyDeadlines;
    }

    /**
     * This index after the site changed: the same lists a new index of {@code site} has. A document
     * this index was made from and {@code site} still publishes as the very same object keeps its
     * entries; the campaigns and agencies of the others (as they were and as they are) have their
     * lists made again by merging, in the site's order, the changed documents' entries into the kept.
     */
    CalendarIndex updated(SiteIndex site) {
        Set<Document> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Document document : documents.values()) {
            if (site.atFile(document.file()) != document) {
                gone.add(document);
            }
        }
        List<Document> added = new ArrayList<>();
        for (Document document : site.published()) {
            if (dated(document) && documents.get(document.file()) != document) {
                added.add(document);
            }
        }
        if (gone.isEmpty() && added.isEmpty()) {
            return this; // a title edit of an undated notice, say: nothing a calendar lists changed
        }
        Lists fresh = new Lists();
        Set<String> campaigns = new HashSet<>();
        Set<String> agencies = new HashSet<>();
        Map<Path, Document> dated = new HashMap<>(documents);
        for (Document document : gone) {
            reach(document, campaigns, agencies);
            dated.remove(document.file(), document);
        }
        for (Document document : added) {
            reach(document, campaigns, agencies);
            DocumentEvents events = site.events(document);
            fresh.addAll(events.activities(), events.deadlines());
            dated.put(document.file(), document);
        }
        return new CalendarIndex(Collections.unmodifiableMap(dated),
                merged(campaignActivities, campaigns, fresh.campaignActivities, gone, Activity::document, SiteIndex.BY_START),
                merged(campaignDeadlines, campaigns, fresh.campaignDeadlines, gone, DeadlineEntry::document, SiteIndex.BY_DUE),
                merged(agencyActivities, agencies, fresh.agencyActivities, gone, Activity::document, SiteIndex.BY_START),
                merged(agencyDeadlines, agencies, fresh.agencyDeadlines, gone, DeadlineEntry::document, SiteIndex.BY_DUE));
    }

    /** Activities of a campaign edition's documents, by start. */
    public List<Activity> campaignActivities(String campaignId) {
        return campaignActivities.getOrDefault(campaignId, List.of());
    }

    /** Deadlines of a campaign edition's documents, by due date. */
    public List<DeadlineEntry> campaignDeadlines(String campaignId) {
        return campaignDeadlines.getOrDefault(campaignId, List.of());
    }

    /** Activities of documents an agency issued or that it organises, by start. */
    public List<Activity> agencyActivities(String agencyId) {
        return agencyActivities.getOrDefault(agencyId, List.of());
    }

    /** Deadlines of documents an agency issued, by due date. */
    public List<DeadlineEntry> agencyDeadlines(String agencyId) {
        return agencyDeadlines.getOrDefault(agencyId, List.of());
    }

    private static boolean dated(Document document) {
        return !document.schedule().isEmpty() || !document.deadlines().isEmpty();
    }

    /** Adds the campaigns and agencies whose lists can hold an entry of this document. */
    private static void reach(Document document, Set<String> campaigns, Set<String> agencies) {
        document.campaigns().forEach(campaign -> campaigns.add(campaign.id()));
        document.agencies().forEach(agency -> agencies.add(agency.id()));
        document.schedule().forEach(item -> item.organizers().forEach(organizer -> {
            if (organizer.agency() != null) {
                agencies.add(organizer.agency().id());
            }
        }));
    }

    /**
     * The lists of {@code last}, those of the reached ids made again: the entries of documents not
     * gone, with the fresh entries placed among them by the site's order (a total one, so the result
     * is the list a new index has).
     */
    private static <T> Map<String, List<T>> merged(Map<String, List<T>> last, Set<String> reached,
                                                   Map<String, List<T>> fresh, Set<Document> gone,
                                                   Function<T, Document> document,
                                                   Comparator<? super T> order) {
        Map<String, List<T>> lists = new HashMap<>(last);
        for (String id : reached) {
            List<T> added = new ArrayList<>(fresh.getOrDefault(id, List.of()));
            lists.put(id, List.copyOf(SiteIndex.merged(last.getOrDefault(id, List.of()),
                    entry -> !gone.contains(document.apply(entry)), added, order)));
        }
        return Collections.unmodifiableMap(lists);
    }

    private static <T> Map<String, List<T>> frozen(Map<String, List<T>> map) {
        Map<String, List<T>> frozen = new HashMap<>();
        map.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
        return Collections.unmodifiableMap(frozen);
    }

    /** Entries filed by campaign and agency, each list in the order the entries are given. */
    private static final class Lists {

        final Map<String, List<Activity>> campaignActivities = new HashMap<>();
        final Map<String, List<DeadlineEntry>> campaignDeadlines = new HashMap<>();
        final Map<String, List<Activity>> agencyActivities = new HashMap<>();
        final Map<String, List<DeadlineEntry>> agencyDeadlines = new HashMap<>();

        void addAll(List<Activity> activities, List<DeadlineEntry> deadlines) {
            for (Activity activity : activities) {
                for (Campaign campaign : activity.document().campaigns()) {
                    add(campaignActivities, campaign.id(), activity);
                }
                Set<String> agencies = new LinkedHashSet<>();
                for (Agency agency : activity.document().agencies()) {
                    agencies.add(agency.id());
                }
                for (Organizer organizer : activity.item().organizers()) {
                    if (organizer.agency() != null) {
                        agencies.add(organizer.agency().id());
                    }
                }
                for (String agency : agencies) {
                    add(agencyActivities, agency, activity);
                }
            }
            for (DeadlineEntry entry : deadlines) {
                for (Campaign campaign : entry.document().campaigns()) {
                    add(campaignDeadlines, campaign.id(), entry);
                }
                for (Agency agency : entry.document().agencies()) {
                    add(agencyDeadlines, agency.id(), entry);
                }
            }
        }

        private static <T> void add(Map<String, List<T>> lists, String id, T entry) {
            lists.computeIfAbsent(id, k -> new ArrayList<>()).add(entry);
        }
    }
}
