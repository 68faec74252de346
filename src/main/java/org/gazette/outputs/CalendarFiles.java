package org.gazette.outputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Agency;
import org.gazette.content.Campaign;
import org.gazette.content.Document;
import org.gazette.site.CalendarIndex;
import org.gazette.site.CalendarPaths;
import org.gazette.site.DocumentEvents;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;

/**
 * The iCalendar files of a site (see {@link CalendarPaths}): the whole site's, one per campaign
 * edition and per agency (published even while empty, so a subscription can be made before the
 * first activity), and one per document with activities or deadlines. A single activity or deadline
 * has no file of its own: the page script cuts it out of its document's calendar, so its event text
 * is the one made here, and without the script the link downloads the document's calendar. (One
 * file per item was 40 % of all the files a site wrote; docs/performance.md.)
 *
 * <p>The site's and the agencies' calendars grow with every year of notices; they hold what a
 * {@link SubscriptionWindow} keeps: everything not yet over, and the recent past. A campaign
 * edition's calendar and a document's are complete: they do not grow with the years.
 */
public final class CalendarFiles implements Output {

    @Override
    public String name() {
        return "日历文件（iCalendar）";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.CALENDAR;
    }

    @Override
    public List<String> paths() {
        return List.of("calendar/calendar.ics", "calendar/**/calendar.ics", "**/calendar.ics");
    }

    @Override
    public Inputs inputs() {
        return Inputs.wholeDocuments().showing(d -> !d.schedule().isEmpty() || !d.deadlines().isEmpty())
                .data("site.yaml", "agencies.yaml", "campaigns.yaml").buildDay();
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
        IcsWriter writer = new IcsWriter(site.data().site().timezone(), urls, today);
        CalendarIndex index = CalendarIndex.of(site);
        SubscriptionWindow window = new SubscriptionWindow(today);
        List<IcsCalendar> calendars = new ArrayList<>();
        SubscriptionWindow.Kept siteKept = window.keep(site.activities(), site.deadlines());
        calendars.add(new IcsCalendar(site.data().site().title() + "活动日历", CalendarPaths.SITE,
                CalendarPaths.file(CalendarPaths.SITE), siteKept.activities(), siteKept.deadlines(), "活动日历（全站）"));
        for (Campaign campaign : site.data().campaigns().values()) {
            String page = CalendarPaths.campaign(campaign.id());
            calendars.add(new IcsCalendar(campaign.name(), page, CalendarPaths.file(page),
                    index.campaignActivities(campaign.id()), index.campaignDeadlines(campaign.id()), "data/campaigns.yaml"));
        }
        for (Agency agency : site.data().agencies().values()) {
            String page = CalendarPaths.agency(agency.id());
            SubscriptionWindow.Kept kept = window.keep(index.agencyActivities(agency.id()), index.agencyDeadlines(agency.id()));
            calendars.add(new IcsCalendar(agency.name() + "活动日历", page, CalendarPaths.file(page),
                    kept.activities(), kept.deadlines(), "data/agencies.yaml"));
        }
        for (Document document : site.published()) {
            DocumentEvents events = site.events(document);
            if (!events.isEmpty()) {
                calendars.add(new IcsCalendar(document.title(), document.url(), events.calendar(),
                        events.activities(), events.deadlines(), document.sourcePath()));
            }
        }
        List<OutputFile> files = new ArrayList<>(calendars.size());
        for (IcsCalendar calendar : calendars) {
            // The calendar record holds every activity and deadline the file is made from.
            files.add(new OutputFile(calendar.filePath(), calendar.origin(), calendar, out -> out.write(writer.write(calendar))));
        }
        return files;
    }
}
