package org.gazette.pages;

import org.gazette.content.Campaign;
import org.gazette.site.CalendarPaths;

/**
 * One of a document's campaigns (所属活动) as its page shows it, linking to the edition's own page:
 * its dates, themes, activity calendar and every document of the edition. Every edition in
 * {@code data/campaigns.yaml} has that page, so the link never dangles.
 *
 * @param name the edition's name, e.g. 2022年全国科技活动周
 * @param path its page ({@code calendar/campaigns/<id>/})
 */
public record CampaignLink(String name, String path) {

    /** The link to a campaign edition's page. */
    public static CampaignLink of(Campaign campaign) {
        return new CampaignLink(campaign.name(), CalendarPaths.campaign(campaign.id()));
    }
}
