package org.gazette.outputs;

import java.time.ZoneId;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * The VTIMEZONE definitions of ical4j's bundled time zone database. The registry is loaded once per
 * process and each zone once per build, not once per file: a site of 10,000 notices writes as many
 * calendars. ical4j's online updates stay off (its default), so a build makes no network request.
 */
final class IcsTimeZones {

    private static final class Registry {
        static final TimeZoneRegistry INSTANCE = TimeZoneRegistryFactory.getInstance().createRegistry();
    }

    private IcsTimeZones() {
    }

    /** The VTIMEZONE of a zone, or null when the database has none (times are then written in UTC). */
    static VTimeZone of(ZoneId zone) {
        TimeZone timeZone = Registry.INSTANCE.getTimeZone(zone.getId());
        return timeZone == null ? null : timeZone.getVTimeZone();
    }
}
