package org.gazette.outputs;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.gazette.site.Activity;
import org.gazette.site.DeadlineEntry;

/**
 * What a calendar that grows with the years keeps for its subscribers: every activity and deadline
 * not yet over, however far ahead, and of the past ones those that ended in the last {@link #HISTORY}
 * or, when fewer did, the {@link #RECENT_PAST} that ended last. A phone syncing tens of thousands of
 * events gives up, and an empty calendar after a quiet half year looks broken to its subscriber.
 *
 * @param today the build day: what ends before it is past
 */
public record SubscriptionWindow(LocalDate today) {

    /** How far back the past activities and deadlines reach. */
    public static final Period HISTORY = Period.ofMonths(6);

    /** How many past activities and deadlines are kept at least, however long ago they ended. */
    public static final int RECENT_PAST = 20;

    /** The activities and deadlines a calendar keeps, each in the order it was given. */
    record Kept(List<Activity> activities, List<DeadlineEntry> deadlines) {
    }

    Kept keep(List<Activity> activities, List<DeadlineEntry> deadlines) {
        List<Past> past = new ArrayList<>();
        activities.stream().filter(a -> a.lastDay().isBefore(today)).forEach(a -> past.add(new Past(a, a.lastDay())));
        deadlines.stream().filter(d -> dueDay(d).isBefore(today)).forEach(d -> past.add(new Past(d, dueDay(d))));
        LocalDate since = today.minus(HISTORY);
        long recent = past.stream().filter(p -> !p.lastDay().isBefore(since)).count();
        Set<Object> keptPast = Collections.newSetFromMap(new IdentityHashMap<>());
        if (recent >= RECENT_PAST) {
            // The latest `recent` past items are exactly those that ended since: no order is needed.
            past.stream().filter(p -> !p.lastDay().isBefore(since)).forEach(p -> keptPast.add(p.item()));
        } else {
            latest(past, RECENT_PAST).forEach(p -> keptPast.add(p.item()));
        }
        return new Kept(
                activities.stream().filter(a -> !a.lastDay().isBefore(today) || keptPast.contains(a)).toList(),
                deadlines.stream().filter(d -> !dueDay(d).isBefore(today) || keptPast.contains(d)).toList());
    }

    /**
     * The {@code count} items that ended last, those given first winning a tie (the site's order), as
     * a stable sort latest first would begin; without sorting every past item of a large site, which a
     * rebuild of the site's calendar otherwise did on each edit.
     */
    private static List<Past> latest(List<Past> past, int count) {
        // Worst kept on top: the earliest end, and of equal ends the one given last.
        PriorityQueue<Integer> kept = new PriorityQueue<>(Comparator.<Integer, LocalDate>comparing(i -> past.get(i).lastDay())
                .thenComparing(Comparator.<Integer>reverseOrder()));
        for (int i = 0; i < past.size(); i++) {
            kept.add(i);
            if (kept.size() > count) {
                kept.poll();
            }
        }
        List<Past> result = new ArrayList<>(kept.size());
        kept.forEach(i -> result.add(past.get(i)));
        return result;
    }

    private static LocalDate dueDay(DeadlineEntry deadline) {
        return deadline.deadline().due().date();
    }

    private record Past(Object item, LocalDate lastDay) {
    }
}
