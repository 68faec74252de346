package org.gazette.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Source;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.gazette.site.Urls;
import org.junit.jupiter.api.Test;

/** A calendar's own lines are those ical4j prints for its properties, whichever file they head. */
class IcsWriterTest {

    private static final Urls URLS = new Urls("https://kjj.example.gov.cn/", "/");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void eachFileIsHeadedByTheLinesIcal4jPrintsForItsCalendar() {
        IcsWriter writer = new IcsWriter(SHANGHAI, URLS, LocalDate.of(2026, 5, 10));
        // The second name is long enough to be folded, and its file comes after another of the same writer.
        for (String name : List.of("县科技局活动日历", "2026年全国科技活动周暨县科技馆科普大篷车巡展及宣传、科普“七进”系列活动")) {
            IcsCalendar source = new IcsCalendar(name, "campaigns/sci-week/", "campaigns/sci-week/calendar.ics",
                    List.of(), List.of(), "data/campaigns.yaml", false);

            String written = new String(writer.write(source), StandardCharsets.UTF_8);

            assertThat(written).startsWith(new String(IcsFolding.fold(headerByIcal4j(source)), StandardCharsets.UTF_8));
        }
    }

    /** The calendar's properties in one ical4j Calendar, printed up to its first component. */
    private static String headerByIcal4j(IcsCalendar source) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(IcsWriter.PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(source.name()));
        calendar.add(new XProperty("X-WR-CALNAME", source.name()));
        calendar.add(new XProperty("X-WR-TIMEZONE", SHANGHAI.getId()));
        calendar.add(new Url(URI.create(URLS.absolute(source.pagePath()))));
        calendar.add(new Source(new ParameterList(List.of(Value.URI)), URLS.absolute(source.filePath())));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.ofHours(12)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT12H"));
        String printed = calendar.toString();
        return printed.substring(0, printed.lastIndexOf("END:VCALENDAR"));
    }
}
