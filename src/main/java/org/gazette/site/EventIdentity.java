package org.gazette.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.gazette.content.Deadline;
import org.gazette.content.Document;
import org.gazette.content.Moment;
import org.gazette.content.ScheduleItem;

/**
 * The lasting identity of one activity or deadline of a document: the iCalendar UID that calendar
 * apps use to recognise an event they already have, and the page anchor that links point to.
 *
 * <p>Both are derived from the document's address and the item's own words, never from its place in
 * the list, so adding, removing or reordering other items changes nothing. An item is known by its
 * title; when several items of one document share a title, by title and start (or due) moment; when
 * even those coincide, by its turn among those twins in the text. Consequences editors should know:
 * correcting an item's time keeps its identity (subscribed calendars move the event), renaming it or
 * moving the document to another address makes it a new event.
 *
 * @param uuid   a name-based UUID of the document address, the kind and the item's key
 * @param anchor the id of the item on its document's page, e.g. {@code activity-1f0c3a7e}
 */
public record EventIdentity(UUID uuid, String anchor) {

    /** Kinds of dated items; each has its own identity space. */
    public enum Kind {
        ACTIVITY("activity"), DEADLINE("deadline");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public EventIdentity {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(anchor, "anchor");
    }

    /** The iCalendar UID: globally unique thanks to the site's host, e.g. {@code 1f0c…@example.gov.cn}. */
    public String uid(String host) {
        return uuid + "@" + host;
    }

    /** The identities of a document's activities, in the order of {@link Document#schedule()}. */
    public static List<EventIdentity> activities(Document document) {
        return identify(document, Kind.ACTIVITY, document.schedule(), ScheduleItem::title, ScheduleItem::start);
    }

    /** The identities of a document's deadlines, in the order of {@link Document#deadlines()}. */
    public static List<EventIdentity> deadlines(Document document) {
        return identify(document, Kind.DEADLINE, document.deadlines(), Deadline::title, Deadline::due);
    }

    private static <T> List<EventIdentity> identify(Document document, Kind kind, List<T> items,
                                                    Function<T, String> title, Function<T, Moment> moment) {
        Map<String, Integer> titles = new HashMap<>();
        for (T item : items) {
            titles.merge(title.apply(item), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<EventIdentity> identities = new ArrayList<>(items.size());
        for (T item : items) {
            String key = title.apply(item);
            if (titles.get(key) > 1) {
                key = key + "\n" + moment.apply(item);
            }
            int turn = seen.merge(key, 1, Integer::sum);
            if (turn > 1) {
                key = key + "\n#" + turn;
            }
            identities.add(of(document.url(), kind, key));
        }
        return identities;
    }

    private static EventIdentity of(String documentUrl, Kind kind, String key) {
        String name = "gazette-event\n" + documentUrl + "\n" + kind.prefix + "\n" + key;
        UUID uuid = nameUuid(name.getBytes(StandardCharsets.UTF_8));
        return new EventIdentity(uuid, kind.prefix + "-" + uuid.toString().substring(0, 8));
    }

    /**
     * The same as {@link UUID#nameUUIDFromBytes} (a version 3 UUID), with one MD5 digest a thread
     * instead of a provider lookup per call: every build identifies every event of the site.
     */
    static UUID nameUuid(byte[] name) {
        byte[] md5 = MD5.get().digest(name);
        md5[6] = (byte) ((md5[6] & 0x0f) | 0x30);
        md5[8] = (byte) ((md5[8] & 0x3f) | 0x80);
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (md5[i] & 0xff);
            least = (least << 8) | (md5[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    });
}
