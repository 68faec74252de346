package org.gazette.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.gazette.content.Agency;
import org.gazette.content.Contact;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.content.Moment;
import org.gazette.content.ScheduleItem;
import org.gazette.content.SiteConfig;
import org.gazette.content.SiteData;

/** Small in-memory documents and site data for tests of the site-wide groupings. */
public final class Documents {

    private Documents() {
    }

    public static Agency agency(String id, String name, String shortName) {
        return new Agency(id, name, shortName, null, null, null, null, null);
    }

    public static Contact person(String name, String org, String phone) {
        return new Contact(null, name, org, null, phone == null ? List.of() : List.of(phone), List.of(), List.of(), null, null);
    }

    public static Document notice(String slug, LocalDate date, List<Agency> agencies, List<Contact> contacts) {
        return notice(slug, date, agencies, contacts, List.of());
    }

    public static Document notice(String slug, LocalDate date, List<Agency> agencies, List<Contact> contacts,
                                  List<ScheduleItem> schedule) {
        String source = "content/notices/" + slug + ".md";
        return Document.builder().from(source, Path.of("/site").resolve(source), null, "notices/" + slug + "/")
                .type(DocumentType.NOTICE).title("通知 " + slug).date(date).agencies(agencies).schedule(schedule)
                .contacts(contacts).build();
    }

    public static ScheduleItem activity(String title, LocalDate day) {
        return new ScheduleItem(title, Moment.of(day), null, null, null, List.of(), null, null, 1);
    }

    public static SiteData data(List<Agency> agencies, Map<String, Contact> contacts) {
        SiteConfig config = new SiteConfig("测试站", "测试", "https://example.gov.cn", "/", "zh-CN", ZoneId.of("Asia/Shanghai"),
                null, null, null, List.of(), null, org.gazette.content.SiteIdentity.NONE);
        java.util.Map<String, Agency> byId = new java.util.LinkedHashMap<>();
        agencies.forEach(a -> byId.put(a.id(), a));
        return new SiteData(config, byId, Map.of(), contacts);
    }
}
