package org.gazette.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.content.Agency;
import org.gazette.content.Campaign;
import org.gazette.content.Organizer;

/**
 * The site's activities and deadlines grouped for the calendars, in one pass over
 * {@link SiteIndex#activities()} and {@link SiteIndex#deadlines()}: per campaign (those of its
 * documents) and per agency (those of the documents it issued, and activities it organises in
 * anyone's document). Every list keeps the site's order: activities by start, deadlines by due.
 */
public final class CalendarIndex {

    private final Map<String, List<Activity>> campaignActivities;
    private final Map<String, List<DeadlineEntry>> campaignDeadlines;
    private final Map<String, List<Activity>> agencyActivities;
    private final Map<String, List<DeadlineEntry>> agencyDeadlines;

    /** The calendar index of a site, made once per build for the calendar pages and files. */
    public static CalendarIndex of(SiteIndex site) {
        return site.derived(CalendarIndex.class, CalendarIndex::new);
    }

    CalendarIndex(SiteIndex site) {
        Map<String, List<Activity>> byCampaign = emptyLists(site.data().campaigns().keySet());
        Map<String, List<DeadlineEntry>> deadlinesByCampaign = emptyLists(site.data().campaigns().keySet());
        Map<String, List<Activity>> byAgency = emptyLists(site.data().agencies().keySet());
        Map<String, List<DeadlineEntry>> deadlinesByAgency = emptyLists(site.data().agencies().keySet());
        for (Activity activity : site.activities()) {
            for (Campaign campaign : activity.document().campaigns()) {
                byCampaign.get(campaign.id()).add(activity);
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
                byAgency.get(agency).add(activity);
            }
        }
        for (DeadlineEntry entry : site.deadlines()) {
            for (Campaign campaign : entry.document().campaigns()) {
                deadlinesByCampaign.get(campaign.id()).add(entry);
            }
            for (Agency agency : entry.document().agencies()) {
                deadlinesByAgency.get(agency.id()).add(entry);
            }
        }
        this.campaignActivities = freeze(byCampaign);
        this.campaignDeadlines = freeze(deadlinesByCampaign);
        this.agencyActivities = freeze(byAgency);
        this.agencyDeadlines = freeze(deadlinesByAgency);
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

    private static <T> Map<String, List<T>> emptyLists(Set<String> ids) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        for (String id : ids) {
            map.put(id, new ArrayList<>());
        }
        return map;
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> frozen = new LinkedHashMap<>();
        map.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
        return Collections.unmodifiableMap(frozen);
    }
}
