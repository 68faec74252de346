package org.gazette.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A document read from {@code content/}: its front matter typed and resolved (agencies, campaigns,
 * contacts looked up), its schedule sorted by start and its deadlines by due date. The Markdown body
 * is not kept; it is read again when the page is rendered, so memory does not grow with the text
 * of the whole site.
 *
 * @param sourcePath    the file relative to the site root, e.g. {@code content/notices/2022/a/index.md}
 * @param file          the file on disk
 * @param bundle        the document's folder when it is a bundle ({@code …/index.md}), else null
 * @param url           the page's path below the site root, ending in {@code /}, e.g. {@code notices/2022/a/}
 * @param draft         true for {@code status: draft}; drafts are never published
 * @param written       成文日期, or null
 * @param updated       更新日期: the day the published text was last changed, never before {@code date}; or null
 * @param topics        主题分类: entries of the site's classification list when it declares one, else free words
 * @param keywords      主题词, free keywords for the page's {@code Keywords} metadata
 * @param validUntil    the day after which the document is shown as expired, or null
 * @param bodyFirstLine the file line the Markdown body starts on, for messages about the body
 */
public record Document(String sourcePath, Path file, Path bundle, String url, DocumentType type, boolean draft,
                       String title, LocalDate date, LocalDate written, LocalDate updated, List<Agency> agencies, String docNumber,
                       String indexNumber, List<Campaign> campaigns, List<String> themes, List<String> topics,
                       List<String> keywords,
                       Validity validity, LocalDate validUntil, String summary, List<ScheduleItem> schedule,
                       List<Deadline> deadlines, List<Contact> contacts, List<Attachment> attachments,
                       int bodyFirstLine) {

    public Document {
        agencies = List.copyOf(agencies);
        campaigns = List.copyOf(campaigns);
        themes = List.copyOf(themes);
        topics = List.copyOf(topics);
        keywords = List.copyOf(keywords);
        schedule = List.copyOf(schedule);
        deadlines = List.copyOf(deadlines);
        contacts = List.copyOf(contacts);
        attachments = List.copyOf(attachments);
    }

    /** The day the document last changed: its {@code updated} day, else its publication day. */
    public LocalDate lastChanged() {
        return updated != null ? updated : date;
    }

    public boolean isBundle() {
        return bundle != null;
    }

    /** 有效性 on a given day: a valid document past its {@code valid_until} is shown as expired. */
    public Validity validityOn(LocalDate day) {
        if (validity == Validity.VALID && validUntil != null && day.isAfter(validUntil)) {
            return Validity.EXPIRED;
        }
        return validity;
    }
}
