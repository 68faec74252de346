package org.gazette.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gazette.content.Campaign;
import org.junit.jupiter.api.Test;

/** Which campaign editions {@code gazette new} suggests. */
class CurrentCampaignsTest {

    private static Campaign edition(String id, Integer year, LocalDate start) {
        return new Campaign(id, id, null, year, List.of(), start, null, null);
    }

    private static final List<Campaign> ALL = List.of(
            edition("sci-week-2022", 2022, LocalDate.of(2022, 5, 21)),
            edition("sci-day-2023", 2023, null),
            edition("sci-week-2024", null, LocalDate.of(2024, 5, 18)),
            edition("sci-week-2025", 2025, LocalDate.of(2025, 5, 17)),
            edition("worker-day-2024", 2024, LocalDate.of(2024, 5, 30)));

    private static List<String> suggested(LocalDate today) {
        return CurrentCampaigns.of(ALL, today).stream().map(Campaign::id).toList();
    }

    @Test
    void editionsOfThisYearAndNextAreSuggestedNewestFirst() {
        assertThat(suggested(LocalDate.of(2024, 3, 1))).containsExactly("sci-week-2025", "worker-day-2024", "sci-week-2024");
    }

    @Test
    void anEditionWithoutAYearCountsByTheYearItStarts() {
        assertThat(suggested(LocalDate.of(2023, 12, 1))).contains("sci-week-2024");
    }

    @Test
    void whenNoneIsCurrentTheThreeNewestAreSuggested() {
        assertThat(suggested(LocalDate.of(2030, 1, 1))).containsExactly("sci-week-2025", "worker-day-2024", "sci-week-2024");
        assertThat(suggested(LocalDate.of(2019, 1, 1))).hasSize(CurrentCampaigns.NEWEST);
    }

    @Test
    void aSiteWithoutCampaignsGetsNone() {
        assertThat(CurrentCampaigns.of(List.of(), LocalDate.of(2024, 1, 1))).isEmpty();
    }
}
