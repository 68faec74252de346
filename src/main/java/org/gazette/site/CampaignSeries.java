package org.gazette.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gazette.content.Campaign;

/**
 * The campaign series of a site (全国科普日 across all its years), each with its editions, and the one
 * rule for a series' key, its address segment. Editions group by their {@code series} text; an
 * edition without one is a series of its own. Computed once per build.
 */
public final class CampaignSeries {

    /** Campaigns newest first: by start, then year, then id, so the order is the same on every build. */
    public static final Comparator<Campaign> NEWEST_FIRST = Comparator
            .comparing(Campaign::start, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Campaign::year, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Campaign::id);

    /** The first edition of a series: by year, then start, then id. */
    static final Comparator<Campaign> FIRST_EDITION = Comparator
            .comparing(Campaign::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Campaign::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Campaign::id);

    private static final Pattern YEAR_SUFFIX = Pattern.compile("-\\d{4}$");

    /**
     * One series.
     *
     * @param key      its address segment (the rule: {@link CampaignSeries#of(Iterable)})
     * @param name     the {@code series} text, or the edition's name for an edition without one
     * @param editions its editions, newest first
     */
    public record Series(String key, String name, List<Campaign> editions) {

        public Series {
            editions = List.copyOf(editions);
        }

        /** The series' hub page. */
        public String path() {
            return ArchivePaths.series(key);
        }
    }

    private final List<Series> series;

    private CampaignSeries(List<Series> series) {
        this.series = series;
    }

    /** The series of a site, made once per build by whichever page family asks first. */
    public static CampaignSeries of(SiteIndex site) {
        return site.derived(CampaignSeries.class, s -> of(s.data().campaigns().values()));
    }

    /** The series of these editions, the one with the newest edition first, each keyed by {@link #shortKey}. */
    public static CampaignSeries of(Iterable<Campaign> campaigns) {
        Map<String, List<Campaign>> groups = new LinkedHashMap<>();
        for (Campaign campaign : campaigns) {
            String group = campaign.series() == null ? "\u0000" + campaign.id() : campaign.series();
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(campaign);
        }
        Map<String, Integer> keyCounts = new HashMap<>();
        groups.values().forEach(editions -> keyCounts.merge(shortKey(editions), 1, Integer::sum));
        List<Series> result = new ArrayList<>();
        for (List<Campaign> editions : groups.values()) {
            editions.sort(NEWEST_FIRST);
            Campaign first = editions.stream().min(FIRST_EDITION).orElseThrow();
            String shortKey = shortKey(editions);
            String key = keyCounts.get(shortKey) > 1 ? first.id() : shortKey;
            result.add(new Series(key, first.series() == null ? first.name() : first.series(), editions));
        }
        result.sort(Comparator.comparing((Series s) -> s.editions().get(0), NEWEST_FIRST));
        return new CampaignSeries(List.copyOf(result));
    }

    /**
     * A series' key: the id of its first edition (earliest year, then start, then id) without a
     * trailing {@code -YYYY}, e.g. {@code sci-week} for {@code sci-week-2021}. When two series would
     * share that key, each keeps its first edition's whole id, which is unique; so does a series whose
     * key would be {@code page} (the folder of later list pages). Editors keep the key stable by naming
     * editions {@code <series>-<year>}: adding a later edition never changes it.
     */
    private static String shortKey(List<Campaign> editions) {
        Campaign first = editions.stream().min(FIRST_EDITION).orElseThrow();
        String key = YEAR_SUFFIX.matcher(first.id()).replaceFirst("");
        return key.equals("page") ? first.id() : key;
    }

    /** Every series, the one with the newest edition first. */
    public List<Series> all() {
        return series;
    }
}
