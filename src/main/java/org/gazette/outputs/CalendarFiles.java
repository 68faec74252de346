package org.gazette.outputs;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.gazette.catalogue.DocumentChange;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.content.Agency;
import org.gazette.content.Campaign;
import org.gazette.content.Document;
import org.gazette.content.Organizer;
import org.gazette.content.ScheduleItem;
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
        return files(site, today, urls, null, null);
    }

    /**
     * Makes again only the files the changes reach: the site's, those of the campaigns and agencies of
     * each changed document and the document's own, before and after the change.
     */
    @Override
    public List<? extends Product> replan(SiteContext context, List<? extends Product> last, List<DocumentChange> changes) {
        Map<String, OutputFile> before = new HashMap<>();
        for (Product product : last) {
            before.put(product.path(), (OutputFile) product);
        }
        return files(context.site(), context.today(), context.urls(), reachedBy(changes), before);
    }

    /**
     * The files, in order: the site's, each campaign's, each agency's, each document's.
     *
     * @param reached the paths to make; null to make every file
     * @param last    the files made last time, by path, kept when not reached
     */
    private static List<OutputFile> files(SiteIndex site, LocalDate today, Urls urls, Set<String> reached,
                                          Map<String, OutputFile> last) {
        ZoneId zone = site.data().site().timezone();
        IcsWriter writer = new IcsWriter(zone, urls, today, IcsKeptEvents.of(site, zone, urls, today));
        IcsWriter forgetful = writer.forgetful();
        SubscriptionWindow window = new SubscriptionWindow(today);
        List<Supplier<IcsCalendar>> calendars = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        paths.add(CalendarPaths.file(CalendarPaths.SITE));
        calendars.add(() -> {
            SubscriptionWindow.Kept siteKept = window.keep(site.activities(), site.deadlines());
            return new IcsCalendar(site.data().site().title() + "活动日历", CalendarPaths.SITE,
                    CalendarPaths.file(CalendarPaths.SITE), siteKept.activities(), siteKept.deadlines(), "活动日历（全站）", true);
        });
        CalendarIndex index = CalendarIndex.of(site);
        for (Campaign campaign : site.data().campaigns().values()) {
            String page = CalendarPaths.campaign(campaign.id());
            paths.add(CalendarPaths.file(page));
            calendars.add(() -> new IcsCalendar(campaign.name(), page, CalendarPaths.file(page),
                    index.campaignActivities(campaign.id()), index.campaignDeadlines(campaign.id()), "data/campaigns.yaml", false));
        }
        for (Agency agency : site.data().agencies().values()) {
            String page = CalendarPaths.agency(agency.id());
            paths.add(CalendarPaths.file(page));
            calendars.add(() -> {
                SubscriptionWindow.Kept kept = window.keep(index.agencyActivities(agency.id()), index.agencyDeadlines(agency.id()));
                return new IcsCalendar(agency.name() + "活动日历", page, CalendarPaths.file(page),
                        kept.activities(), kept.deadlines(), "data/agencies.yaml", true);
            });
        }
        for (Document document : site.published()) {
            if (hasCalendar(document)) {
                DocumentEvents events = site.events(document);
                paths.add(events.calendar());
                calendars.add(() -> new IcsCalendar(document.title(), document.url(), events.calendar(),
                        events.activities(), events.deadlines(), document.sourcePath(), false));
            }
        }
        List<OutputFile> files = new ArrayList<>(calendars.size());
        for (int i = 0; i < calendars.size(); i++) {
            OutputFile kept = reached == null || reached.contains(paths.get(i)) ? null : last.get(paths.get(i));
            if (kept != null) {
                files.add(kept);
            } else {
                // The calendar record holds every activity and deadline the file is made from.
                IcsCalendar calendar = calendars.get(i).get();
                files.add(new OutputFile(calendar.filePath(), calendar.origin(), calendar, new Content(calendar, writer, forgetful)));
            }
        }
        return files;
    }

    /**
     * Writes a calendar with the build's writer, then lets go of it: a preview keeps the files it
     * planned until they are planned again, and the build's writer holds every event it made.
     */
    private static final class Content implements OutputFile.Content {

        private final IcsCalendar calendar;
        private final IcsWriter forgetful;
        private volatile IcsWriter writer;

        Content(IcsCalendar calendar, IcsWriter writer, IcsWriter forgetful) {
            this.calendar = calendar;
            this.writer = writer;
            this.forgetful = forgetful;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            IcsWriter build = writer;
            writer = forgetful;
            out.write(build.write(calendar));
        }
    }

    private static boolean hasCalendar(Document document) {
        return !document.schedule().isEmpty() || !document.deadlines().isEmpty();
    }

    /** The paths of the files a change of these documents can alter. */
    static Set<String> reachedBy(List<DocumentChange> changes) {
        Set<String> reached = new HashSet<>();
        for (DocumentChange change : changes) {
            for (Document document : Arrays.asList(change.before(), change.after())) {
                if (document == null || !hasCalendar(document)) {
                    continue;
                }
                reached.add(CalendarPaths.file(CalendarPaths.SITE));
                reached.add(CalendarPaths.document(document));
                document.campaigns().forEach(campaign -> reached.add(CalendarPaths.file(CalendarPaths.campaign(campaign.id()))));
                document.agencies().forEach(agency -> reached.add(CalendarPaths.file(CalendarPaths.agency(agency.id()))));
                for (ScheduleItem item : document.schedule()) {
                    for (Organizer organizer : item.organizers()) {
                        if (organizer.agency() != null) {
                            reached.add(CalendarPaths.file(CalendarPaths.agency(organizer.agency().id())));
                        }
                    }
                }
            }
        }
        return reached;
    }
}
