package org.gazette.outputs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.content.Document;
import org.gazette.site.Activity;
import org.gazette.site.DeadlineEntry;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;

/**
 * The folded iCalendar text of the events the subscription calendars (the site's and the agencies')
 * hold, kept from one build of a preview to the next. Those calendars gather events from the whole
 * site, and an edit of one dated document makes them again: each event of an unchanged document is
 * then the text made last time, not built and printed again by ical4j.
 *
 * <p>Only these events are kept, not every event of the site: a subscription calendar holds a
 * window of the recent past and what is to come, so what is kept stays small however many years of
 * notices the site has (docs/performance.md). An event is kept while its document is published as
 * the very same object, and so reads as it did; text is kept only between builds of the same
 * settings (zone, address, build day), which are all it depends on besides the event.
 */
final class IcsKeptEvents {

    private final String settings;
    private final Map<Object, byte[]> texts = new ConcurrentHashMap<>();

    private IcsKeptEvents(String settings) {
        this.settings = settings;
    }

    /** The kept events of this index's build, taking over those of the last build's that still apply. */
    static IcsKeptEvents of(SiteIndex site, ZoneId zone, Urls urls, LocalDate buildDay) {
        String settings = zone.getId() + "\n" + urls.absolute("") + "\n" + buildDay;
        IcsKeptEvents kept = site.derived(IcsKeptEvents.class, s -> carriedOver(s, settings));
        // Asked with other settings than the build's (a tool or test): nothing is kept across builds.
        return kept.settings.equals(settings) ? kept : new IcsKeptEvents(settings);
    }

    private static IcsKeptEvents carriedOver(SiteIndex site, String settings) {
        IcsKeptEvents kept = new IcsKeptEvents(settings);
        IcsKeptEvents last = site.last(IcsKeptEvents.class);
        if (last != null && last.settings.equals(settings)) {
            last.texts.forEach((item, text) -> {
                if (stillPublished(site, item)) {
                    kept.texts.put(item, text);
                }
            });
        }
        return kept;
    }

    private static boolean stillPublished(SiteIndex site, Object item) {
        Document document = item instanceof Activity activity ? activity.document() : ((DeadlineEntry) item).document();
        return site.atFile(document.file()) == document;
    }

    /** The kept text of an activity or deadline, or null. */
    byte[] get(Object item) {
        return texts.get(item);
    }

    /** Keeps the text of an activity or deadline that a subscription calendar holds. */
    void keep(Object item, byte[] text) {
        texts.putIfAbsent(item, text);
    }

}
