package org.gazette.site;

import org.gazette.content.Document;

/**
 * Where the activity calendars live: the calendar pages ({@code calendar/}, one per campaign and one
 * per issuing agency) and their iCalendar files. Every calendar page has its {@code calendar.ics}
 * beside it, and so does every document page with activities or deadlines; single items have theirs
 * in the document's {@code calendar/} folder. Paths are below the site root, ready for {@link Urls}.
 */
public final class CalendarPaths {

    /** The site's calendar page (活动日历). */
    public static final String SITE = "calendar/";
    /** The index of every campaign's calendar. */
    public static final String CAMPAIGNS = "calendar/campaigns/";
    /** The file name of a page's calendar. */
    public static final String FILE_NAME = "calendar.ics";

    private CalendarPaths() {
    }

    /** The calendar page of a campaign edition, e.g. {@code calendar/campaigns/sci-week-2022/}. */
    public static String campaign(String campaignId) {
        return CAMPAIGNS + campaignId + "/";
    }

    /** The list of every document of a campaign edition, e.g. {@code calendar/campaigns/sci-week-2022/documents/}. */
    public static String campaignDocuments(String campaignId) {
        return campaign(campaignId) + "documents/";
    }

    /** The calendar page of an issuing agency, e.g. {@code calendar/agencies/linyi-kx/}. */
    public static String agency(String agencyId) {
        return SITE + "agencies/" + agencyId + "/";
    }

    /** The iCalendar file beside a calendar or document page. */
    public static String file(String pagePath) {
        return pagePath + FILE_NAME;
    }

    /** The iCalendar file of a document's activities and deadlines. */
    public static String document(Document document) {
        return file(document.url());
    }
}
