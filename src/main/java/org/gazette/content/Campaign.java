package org.gazette.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign edition (e.g. 2022年全国科技活动周) from {@code data/campaigns.yaml}.
 *
 * @param series the campaign series it belongs to, e.g. 科技活动周
 * @param year   the edition's year
 * @param start  first day, or null when not known
 * @param end    last day, or null for a one-day campaign or when not known
 * @param when   the period as worded in official texts, or null
 */
public record Campaign(String id, String name, String series, Integer year, List<String> themes,
                       LocalDate start, LocalDate end, String when) {

    public Campaign {
        themes = List.copyOf(themes);
    }
}
