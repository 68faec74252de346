package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gazette.content.Campaign;
import org.gazette.fixtures.ArchiveSite;
import org.junit.jupiter.api.Test;

/** How editions group into series, and the one rule for a series' key. */
class CampaignSeriesTest {

    private static List<CampaignSeries.Series> series(ArchiveSite site) {
        return CampaignSeries.of(site.index()).all();
    }

    @Test
    void editionsGroupByTheirSeriesTextNewestFirstAndTheSeriesWithTheNewestEditionComesFirst() {
        List<CampaignSeries.Series> all = series(ArchiveSite.free()
                .campaign("sci-week-2021", "2021年全国科技活动周", "科技活动周", 2021)
                .campaign("kepu-day-2022", "2022年全国科普日", "全国科普日", 2022)
                .campaign("sci-week-2023", "2023年全国科技活动周", "科技活动周", 2023));

        assertThat(all).extracting(CampaignSeries.Series::name).containsExactly("科技活动周", "全国科普日");
        assertThat(all.get(0).editions()).extracting(Campaign::id).containsExactly("sci-week-2023", "sci-week-2021");
    }

    @Test
    void theKeyIsTheFirstEditionsIdWithoutItsYearSoLaterEditionsKeepIt() {
        ArchiveSite site = ArchiveSite.free().campaign("sci-week-2021", "2021年全国科技活动周", "科技活动周", 2021);
        assertThat(series(site)).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("sci-week");
            assertThat(s.path()).isEqualTo("campaigns/sci-week/");
        });

        site.campaign("sci-week-2022", "2022年全国科技活动周", "科技活动周", 2022)
                .campaign("week-2023", "2023年全国科技活动周", "科技活动周", 2023);
        assertThat(series(site)).singleElement().extracting(CampaignSeries.Series::key).isEqualTo("sci-week");
    }

    @Test
    void anIdWithoutAYearIsTheKeyAsItIs() {
        assertThat(series(ArchiveSite.free().campaign("kepu-day", "全国科普日", "全国科普日", null)))
                .singleElement().extracting(CampaignSeries.Series::key).isEqualTo("kepu-day");
    }

    @Test
    void anEditionWithoutASeriesIsASeriesOfItsOwnNamedAfterIt() {
        List<CampaignSeries.Series> all = series(ArchiveSite.free()
                .campaign("open-day-2022", "2022年科技馆开放日", null, 2022)
                .campaign("open-day-2023", "2023年科技馆开放日", null, 2023));

        assertThat(all).extracting(CampaignSeries.Series::name).containsExactly("2023年科技馆开放日", "2022年科技馆开放日");
        assertThat(all).extracting(CampaignSeries.Series::key).containsExactly("open-day-2023", "open-day-2022");
    }

    @Test
    void twoSeriesThatWouldShareAKeyEachKeepTheirFirstEditionsWholeId() {
        List<CampaignSeries.Series> all = series(ArchiveSite.free()
                .campaign("day-2021", "2021年科技工作者日", "全国科技工作者日", 2021)
                .campaign("day-2022", "2022年科普日", "全国科普日", 2022)
                .campaign("week-2022", "2022年科技活动周", "科技活动周", 2022));

        assertThat(all).extracting(CampaignSeries.Series::key).containsExactlyInAnyOrder("day-2021", "day-2022", "week");
    }

    @Test
    void aKeyThatWouldBeTheFolderOfLaterListPagesKeepsTheWholeId() {
        assertThat(series(ArchiveSite.free().campaign("page-2022", "2022年某活动", "某活动", 2022)))
                .singleElement().extracting(CampaignSeries.Series::key).isEqualTo("page-2022");
    }
}
