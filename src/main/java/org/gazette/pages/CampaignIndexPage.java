package org.gazette.pages;

import java.util.List;

/**
 * One page of the index of campaign calendars (活动系列日历), newest campaign first.
 *
 * @param campaigns  the campaigns on this page
 * @param pagination where this page sits in the index
 */
public record CampaignIndexPage(List<CalendarPage.CampaignEntry> campaigns, Pagination pagination) {

    public CampaignIndexPage {
        campaigns = List.copyOf(campaigns);
    }
}
