package org.gazette.pages;

import java.util.List;
import org.gazette.content.Agency;
import org.gazette.content.Campaign;
import org.gazette.content.Document;
import org.gazette.site.Activity;
import org.gazette.site.Feeds;

/**
 * One page of an activity calendar (活动日历): the whole site's, a campaign edition's or an agency's.
 * Activities under way or upcoming come first, soonest first, then the past ones, latest first,
 * grouped by month.
 *
 * @param heading       the calendar's name, e.g. 活动日历 or 2022年全国科技活动周活动日历
 * @param campaign      the campaign edition this calendar is of, or null
 * @param documents     the campaign's documents (newest first, at most {@link CalendarPages#DOCUMENTS}), on its first page
 * @param documentCount how many documents the campaign has
 * @param documentsPath the path of the campaign's full, paginated document list, when {@code documents}
 *                      is not all of them; else null
 * @param agency        the agency this calendar is of, or null
 * @param file          the path of the calendar's iCalendar file
 * @param past          true on pages that hold past activities only
 * @param groups        the activities of this page by month (and 正在进行 first)
 * @param pagination    where this page sits in the calendar
 * @param upcomingCount how many activities are under way or upcoming
 * @param pastCount     how many activities are over
 * @param firstPastPage the path of the page with the first past activity, or null when there are none
 * @param firstPastGroup the id of the heading above the first past activity on that page, or null
 * @param campaigns     the campaign index shown on the site calendar's first page, else empty
 * @param allCampaigns  true when {@code campaigns} is every campaign; else a link leads to the full index
 * @param feed          the campaign's feed, or null (not a campaign's calendar, or nothing to subscribe to)
 */
public record CalendarPage(String heading, Campaign campaign, List<Document> documents, int documentCount,
                           String documentsPath, Agency agency,
                           String file, boolean past, List<Group> groups, Pagination pagination, int upcomingCount,
                           int pastCount, String firstPastPage, String firstPastGroup, List<CampaignEntry> campaigns, boolean allCampaigns,
                           Feeds.Link feed) {

    public CalendarPage {
        documents = List.copyOf(documents);
        groups = List.copyOf(groups);
        campaigns = List.copyOf(campaigns);
    }

    /**
     * Activities shown under one heading.
     *
     * @param id    the heading's id, e.g. {@code month-2022-05}
     * @param title the heading, e.g. 2022年5月 or 正在进行
     * @param items the activities, each with the link to its row in its document's schedule
     */
    public record Group(String id, String title, List<Item> items) {

        public Group {
            items = List.copyOf(items);
        }
    }

    /**
     * An activity in a calendar.
     *
     * @param anchor the id of its row in its document's schedule, e.g. {@code activity-1f0c3a7e}
     */
    public record Item(Activity activity, String anchor) {
    }

    /**
     * A campaign edition in the index of campaign calendars.
     *
     * @param path       its calendar page
     * @param activities how many activities it has
     */
    public record CampaignEntry(Campaign campaign, String path, int activities) {
    }
}
