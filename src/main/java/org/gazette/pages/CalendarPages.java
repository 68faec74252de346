package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import org.gazette.site.Activity;
import org.gazette.site.CalendarIndex;
import org.gazette.site.CalendarPaths;
import org.gazette.site.CampaignSeries;
import org.gazette.site.Feeds;
import org.gazette.site.SiteIndex;

/**
 * The activity calendar pages (活动日历): the whole site's at {@code calendar/}, one per campaign
 * edition, one per issuing agency (see {@link CalendarPaths}), and the index of campaign calendars.
 *
 * <p>A calendar lists the activities under way (正在进行) and upcoming, soonest first, then the past
 * ones, latest first, under month headings; it is paginated, {@link #PAGE_SIZE} activities a page,
 * so no page grows with the site, and while fewer than a page are upcoming they all stay on the first
 * page. The site calendar's first page also lists the newest campaigns; a campaign calendar's first page
 * lists the campaign's newest documents, and a paginated list beside it ({@code documents/}) all of them.
 */
public final class CalendarPages implements Output {

    /** Activities a calendar page shows. */
    public static final int PAGE_SIZE = 30;
    /** Campaigns listed on the site calendar's first page; the rest are in the campaign index. */
    static final int CAMPAIGNS_ON_CALENDAR = 12;
    /** Documents listed on a campaign calendar's first page; when it has more, a paginated list has them all. */
    public static final int DOCUMENTS = 20;

    /** Campaigns newest first: by start, then year, then id, so the order is the same on every build. */
    static final Comparator<Campaign> NEWEST_FIRST = CampaignSeries.NEWEST_FIRST;

    private static final String UNDER_WAY = "正在进行";

    /** Whose calendar a page belongs to and how it sits in the site. */
    private record Subject(String heading, String path, List<Crumb> trail, Campaign campaign, List<Document> documents,
                           Agency agency, List<CalendarPage.CampaignEntry> campaigns, boolean allCampaigns,
                           String origin, Feeds.Link feed) {
    }

    @Override
    public String name() {
        return "活动日历（全站、各届活动、各机构）";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of("calendar/index.html", "calendar/page/*/index.html", "calendar/**/index.html");
    }

    @Override
    public Inputs inputs() {
        return Inputs.wholeDocuments()
                .showing(d -> !d.schedule().isEmpty() || !d.deadlines().isEmpty() || !d.campaigns().isEmpty())
                .data("site.yaml", "agencies.yaml", "campaigns.yaml").buildDay();
    }

    @Override
    public Rendering rendering() {
        return Rendering.templates(Map.of("calendar", "calendar.ftlh", "calendar-campaigns", "calendar-campaigns.ftlh", "list", "list.ftlh"));
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return pages(context.site(), context.today());
    }

    /**
     * Plans again only the calendars the changes reach (see {@link #reachedBy}): the site's, and those
     * of the campaigns and agencies of each changed document, before and after the change. Of a
     * calendar planned again, a page that shows the very activities it showed last time, under the
     * same counts and links, is the last page itself: a title edit remakes the pages of its own
     * activities, not every page of a calendar that grows with the years.
     */
    @Override
    public List<? extends Product> replan(SiteContext context, List<? extends Product> last, List<DocumentChange> changes) {
        Set<String> reached = reachedBy(changes);
        Map<String, List<? extends Product>> before = new HashMap<>(Pagination.byList(last));
        return parts(context.site(), context.today()).parallelStream()
                .map(part -> {
                    List<? extends Product> lastPages = before.getOrDefault(part.path(), List.of());
                    return reached.contains(part.path()) ? part.pages().apply(lastPages) : lastPages;
                })
                .flatMap(List::stream).toList();
    }

    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        return parts(site, today).parallelStream().map(part -> part.pages().apply(List.of())).flatMap(List::stream).toList();
    }

    /** The paths of the calendars (and lists) a change of these documents can alter. */
    static Set<String> reachedBy(List<DocumentChange> changes) {
        Set<String> reached = new HashSet<>();
        for (DocumentChange change : changes) {
            for (Document document : Arrays.asList(change.before(), change.after())) {
                if (document == null) {
                    continue;
                }
                boolean scheduled = !document.schedule().isEmpty();
                if (scheduled || !document.deadlines().isEmpty() || !document.campaigns().isEmpty()) {
                    reached.add(CalendarPaths.SITE); // its activities, and the campaigns with their counts
                }
                for (Campaign campaign : document.campaigns()) {
                    reached.add(CalendarPaths.campaign(campaign.id()));
                    reached.add(CalendarPaths.campaignDocuments(campaign.id()));
                    reached.add(CalendarPaths.CAMPAIGNS);
                }
                if (scheduled) {
                    document.agencies().forEach(agency -> reached.add(CalendarPaths.agency(agency.id())));
                    for (ScheduleItem item : document.schedule()) {
                        for (Organizer organizer : item.organizers()) {
                            if (organizer.agency() != null) {
                                reached.add(CalendarPaths.agency(organizer.agency().id()));
                            }
                        }
                    }
                }
            }
        }
        return reached;
    }

    /** One calendar or list of the family: its path and how to make its pages, given its pages of the last plan. */
    private record Part(String path, Function<List<? extends Product>, List<PlannedPage>> pages) {
    }

    /** Every calendar and list of the family, in the order of its pages; each is made on its own, in parallel. */
    private List<Part> parts(SiteIndex site, LocalDate today) {
        CalendarIndex index = CalendarIndex.of(site);
        List<CalendarPage.CampaignEntry> campaigns = new ArrayList<>();
        site.data().campaigns().values().stream().sorted(NEWEST_FIRST).forEach(campaign -> campaigns.add(
                new CalendarPage.CampaignEntry(campaign, CalendarPaths.campaign(campaign.id()),
                        index.campaignActivities(campaign.id()).size())));

        List<Part> calendars = new ArrayList<>();
        Crumb home = new Crumb("首页", "");
        Crumb calendar = new Crumb("活动日历", CalendarPaths.SITE);
        boolean all = campaigns.size() <= CAMPAIGNS_ON_CALENDAR;
        calendars.add(new Part(CalendarPaths.SITE, last -> calendar(new Subject("活动日历", CalendarPaths.SITE, List.of(home), null,
                List.of(), null, campaigns.subList(0, Math.min(campaigns.size(), CAMPAIGNS_ON_CALENDAR)), all, "活动日历", null),
                site.activities(), today, last)));
        Crumb series = new Crumb("活动系列", CalendarPaths.CAMPAIGNS);
        for (CalendarPage.CampaignEntry entry : campaigns) {
            Campaign campaign = entry.campaign();
            String heading = campaign.name() + "活动日历";
            String origin = "data/campaigns.yaml：" + campaign.id();
            List<Document> documents = site.byCampaign(campaign.id());
            Feeds.Channel feed = Feeds.of(site).campaignChannel(campaign.id());
            calendars.add(new Part(entry.path(), last -> calendar(new Subject(heading, entry.path(), List.of(home, calendar, series),
                    campaign, documents, null, List.of(), true, origin, feed == null ? null : feed.link()),
                    index.campaignActivities(campaign.id()), today, last)));
            String documentsPath = CalendarPaths.campaignDocuments(campaign.id());
            calendars.add(new Part(documentsPath, last -> documents.size() <= DOCUMENTS ? List.of()
                    : ListPages.paginate(campaign.name() + "相关文件", documentsPath, CalendarPaths.SITE,
                            List.of(home, calendar, series, new Crumb(heading, entry.path())), documents, origin)));
        }
        for (Agency agency : site.data().agencies().values()) {
            String path = CalendarPaths.agency(agency.id());
            calendars.add(new Part(path, last -> calendar(new Subject(agency.name() + "活动日历", path,
                    List.of(home, calendar), null, List.of(), agency, List.of(), true, "data/agencies.yaml：" + agency.id(), null),
                    index.agencyActivities(agency.id()), today, last)));
        }
        calendars.add(new Part(CalendarPaths.CAMPAIGNS, last -> campaignIndex(campaigns, home, calendar)));
        return calendars;
    }

    /** @param last the calendar's pages in the last plan, in order; empty in a full build */
    private static List<PlannedPage> calendar(Subject subject, List<Activity> activities, LocalDate today,
                                              List<? extends Product> last) {
        List<Activity> upcoming = new ArrayList<>();
        List<Activity> past = new ArrayList<>();
        for (Activity activity : activities) {
            (activity.isCurrentOrUpcoming(today) ? upcoming : past).add(activity);
        }
        Collections.reverse(past);
        List<Activity> ordered = new ArrayList<>(upcoming);
        ordered.addAll(past);
        List<List<Activity>> slices = Pagination.split(ordered, PAGE_SIZE);
        String firstPast = past.isEmpty() ? null : Pagination.pathOf(subject.path(), upcoming.size() / PAGE_SIZE + 1);
        String firstPastGroup = past.isEmpty() ? null : groupId(past.get(0), true, today);
        List<Document> documents = subject.documents().subList(0, Math.min(DOCUMENTS, subject.documents().size()));
        String documentsPath = subject.documents().size() > DOCUMENTS
                ? CalendarPaths.campaignDocuments(subject.campaign().id()) : null;

        List<PlannedPage> pages = new ArrayList<>(slices.size());
        for (int n = 1; n <= slices.size(); n++) {
            List<Activity> slice = slices.get(n - 1);
            Pagination pagination = new Pagination(n, slices.size(), subject.path());
            boolean first = n == 1;
            boolean onlyPast = !slice.isEmpty() && !slice.get(0).isCurrentOrUpcoming(today);
            PlannedPage lastPage = n <= last.size() && last.get(n - 1) instanceof PlannedPage p
                    && p.model() instanceof CalendarPage ? p : null;
            // The groups depend on the slice's activities and the day alone: the very same activities, the same groups.
            List<CalendarPage.Group> groups = lastPage != null && sameActivities(((CalendarPage) lastPage.model()).groups(), slice)
                    ? ((CalendarPage) lastPage.model()).groups() : groups(slice, today);
            CalendarPage model = new CalendarPage(subject.heading(), subject.campaign(), first ? documents : List.of(),
                    subject.documents().size(), documentsPath, subject.agency(), CalendarPaths.file(subject.path()), onlyPast,
                    groups, pagination, upcoming.size(), past.size(), firstPast, firstPastGroup,
                    first ? subject.campaigns() : List.of(), subject.allCampaigns(), subject.feed());
            PlannedPage page = new PlannedPage("calendar", PlannedPage.indexFile(pagination.path()),
                    meta(subject, n, pagination.path()), model, subject.origin());
            pages.add(page.equals(lastPage) ? lastPage : page);
        }
        return pages;
    }

    /** Whether the groups show exactly these activities, the very objects, in this order. */
    private static boolean sameActivities(List<CalendarPage.Group> groups, List<Activity> slice) {
        int i = 0;
        for (CalendarPage.Group group : groups) {
            for (CalendarPage.Item item : group.items()) {
                if (i >= slice.size() || item.activity() != slice.get(i++)) {
                    return false;
                }
            }
        }
        return i == slice.size();
    }

    private static PageMeta meta(Subject subject, int n, String path) {
        List<Crumb> trail = new ArrayList<>(subject.trail());
        String title = subject.heading();
        if (n == 1) {
            trail.add(new Crumb(subject.heading(), null));
        } else {
            title = subject.heading() + "（第" + n + "页）";
            trail.add(new Crumb(subject.heading(), subject.path()));
            trail.add(new Crumb("第" + n + "页", null));
        }
        String description = subject.heading() + "：各项活动的时间、地点和组织单位，可添加到手机日历或订阅。";
        return new PageMeta(title, path, CalendarPaths.SITE, trail, description);
    }

    /** Consecutive activities under one heading: 正在进行, then a month of upcoming or of past activities. */
    private static List<CalendarPage.Group> groups(List<Activity> activities, LocalDate today) {
        List<CalendarPage.Group> groups = new ArrayList<>();
        String id = null;
        String title = null;
        List<CalendarPage.Item> items = new ArrayList<>();
        for (Activity activity : activities) {
            boolean isPast = !activity.isCurrentOrUpcoming(today);
            String groupId = groupId(activity, isPast, today);
            if (!groupId.equals(id)) {
                if (id != null) {
                    groups.add(new CalendarPage.Group(id, title, items));
                }
                id = groupId;
                title = groupTitle(activity, isPast, today);
                items = new ArrayList<>();
            }
            items.add(new CalendarPage.Item(activity, activity.anchor()));
        }
        if (id != null) {
            groups.add(new CalendarPage.Group(id, title, items));
        }
        return groups;
    }

    private static String groupId(Activity activity, boolean past, LocalDate today) {
        LocalDate start = activity.item().start().date();
        if (!past && !start.isAfter(today)) {
            return "under-way";
        }
        int month = start.getMonthValue();
        return (past ? "past-" : "month-") + start.getYear() + (month < 10 ? "-0" : "-") + month;
    }

    private static String groupTitle(Activity activity, boolean past, LocalDate today) {
        LocalDate start = activity.item().start().date();
        if (!past && !start.isAfter(today)) {
            return UNDER_WAY;
        }
        return start.getYear() + "年" + start.getMonthValue() + "月" + (past ? "（已结束）" : "");
    }

    private static List<PlannedPage> campaignIndex(List<CalendarPage.CampaignEntry> campaigns, Crumb home, Crumb calendar) {
        List<List<CalendarPage.CampaignEntry>> slices = Pagination.split(campaigns);
        List<PlannedPage> pages = new ArrayList<>();
        String heading = "活动系列";
        for (int n = 1; n <= slices.size(); n++) {
            Pagination pagination = new Pagination(n, slices.size(), CalendarPaths.CAMPAIGNS);
            List<Crumb> trail = n == 1 ? List.of(home, calendar, new Crumb(heading, null))
                    : List.of(home, calendar, new Crumb(heading, CalendarPaths.CAMPAIGNS), new Crumb("第" + n + "页", null));
            PageMeta meta = new PageMeta(n == 1 ? heading : heading + "（第" + n + "页）", pagination.path(),
                    CalendarPaths.SITE, trail, "各届活动（科技活动周、全国科技工作者日等）的活动日历。");
            pages.add(new PlannedPage("calendar-campaigns", PlannedPage.indexFile(pagination.path()), meta,
                    new CampaignIndexPage(slices.get(n - 1), pagination), "活动系列日历"));
        }
        return pages;
    }
}
