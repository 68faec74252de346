package org.gazette.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.site.Activity;
import org.gazette.site.DeadlineEntry;
import org.gazette.site.DeadlineStatus;
import org.gazette.site.SiteIndex;

/** The home page: the latest documents, the activities ahead and the open deadlines. */
public final class HomePages implements Output {

    /** How many of each list the home page shows. */
    static final int LATEST = 10;
    static final int UPCOMING = 5;

    @Override
    public String name() {
        return "首页";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of("index.html");
    }

    @Override
    public Inputs inputs() {
        return Inputs.wholeDocuments().data("site.yaml", "agencies.yaml").buildDay();
    }

    @Override
    public Rendering rendering() {
        return Rendering.template("home", "home.ftlh");
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        return pages(context.site(), context.today());
    }

    public List<PlannedPage> pages(SiteIndex site, LocalDate today) {
        List<CalendarPage.Item> activities = new ArrayList<>();
        for (Activity activity : site.activities()) {
            if (activity.isCurrentOrUpcoming(today)) {
                activities.add(new CalendarPage.Item(activity, activity.anchor()));
                if (activities.size() == UPCOMING) {
                    break;
                }
            }
        }
        boolean activitiesAhead = !activities.isEmpty();
        if (!activitiesAhead) {
            // No empty box (空白栏目): the most recent activities, latest first, under their own heading.
            List<Activity> all = site.activities();
            for (int i = all.size() - 1; i >= 0 && activities.size() < UPCOMING; i--) {
                Activity activity = all.get(i);
                activities.add(new CalendarPage.Item(activity, activity.anchor()));
            }
        }
        List<HomePage.UpcomingDeadline> deadlines = new ArrayList<>();
        for (DeadlineEntry entry : site.deadlines()) {
            DeadlineStatus status = entry.status(today);
            if (!status.key().equals("closed")) {
                deadlines.add(new HomePage.UpcomingDeadline(entry, status, entry.anchor()));
                if (deadlines.size() == UPCOMING) {
                    break;
                }
            }
        }
        boolean deadlinesOpen = !deadlines.isEmpty();
        if (!deadlinesOpen) {
            List<DeadlineEntry> all = site.deadlines();
            for (int i = all.size() - 1; i >= 0 && deadlines.size() < UPCOMING; i--) {
                DeadlineEntry entry = all.get(i);
                deadlines.add(new HomePage.UpcomingDeadline(entry, entry.status(today), entry.anchor()));
            }
        }
        List<org.gazette.content.Document> latest = site.published().stream()
                .filter(d -> d.type() != org.gazette.content.DocumentType.PAGE).limit(LATEST).toList();
        String description = site.data().site().description();
        PageMeta home = new PageMeta(site.data().site().title(), "", "", List.of(), description);
        return List.of(
                new PlannedPage("home", "index.html", home, new HomePage(latest, activities, activitiesAhead, deadlines, deadlinesOpen), "首页"));
    }
}
