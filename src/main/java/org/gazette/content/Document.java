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
 *
 * <p>Made with {@link #builder()}, which names every field, rather than the record's positional
 * constructor (24 arguments, many of one type).
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

    /**
     * The source path's hash, which equal documents share. Documents key the maps of a build (each
     * event of a calendar, each feed entry, each hub entry); the record's own hash walked every
     * field and list of the front matter on every look-up, at 10,000 documents about 1 % of a build.
     */
    @Override
    public int hashCode() {
        return sourcePath == null ? 0 : sourcePath.hashCode();
    }

    /** The day the document last changed: its {@code updated} day, else its publication day. */
    public LocalDate lastChanged() {
        return updated != null ? updated : date;
    }

    /** A builder with every list empty, the validity {@link Validity#VALID}, not a draft. */
    public static Builder builder() {
        return new Builder();
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
    /**
     * Makes a {@link Document} field by field, each named as in the record; a field not set keeps its
     * default (null, an empty list, {@link Validity#VALID}, not a draft, body from line 1).
     */
    public static final class Builder {

        private String sourcePath;
        private Path file;
        private Path bundle;
        private String url;
        private DocumentType type;
        private boolean draft;
        private String title;
        private LocalDate date;
        private LocalDate written;
        private LocalDate updated;
        private List<Agency> agencies = List.of();
        private String docNumber;
        private String indexNumber;
        private List<Campaign> campaigns = List.of();
        private List<String> themes = List.of();
        private List<String> topics = List.of();
        private List<String> keywords = List.of();
        private Validity validity = Validity.VALID;
        private LocalDate validUntil;
        private String summary;
        private List<ScheduleItem> schedule = List.of();
        private List<Deadline> deadlines = List.of();
        private List<Contact> contacts = List.of();
        private List<Attachment> attachments = List.of();
        private int bodyFirstLine = 1;

        private Builder() {
        }

        /** A builder holding every field of a document, to make a changed copy. */
        public Builder(Document document) {
            from(document.sourcePath, document.file, document.bundle, document.url);
            type = document.type;
            draft = document.draft;
            title = document.title;
            date = document.date;
            written = document.written;
            updated = document.updated;
            agencies = document.agencies;
            docNumber = document.docNumber;
            indexNumber = document.indexNumber;
            campaigns = document.campaigns;
            themes = document.themes;
            topics = document.topics;
            keywords = document.keywords;
            validity = document.validity;
            validUntil = document.validUntil;
            summary = document.summary;
            schedule = document.schedule;
            deadlines = document.deadlines;
            contacts = document.contacts;
            attachments = document.attachments;
            bodyFirstLine = document.bodyFirstLine;
        }

        /** Where the document comes from: the file as scanned ({@code sourcePath}, {@code file}, {@code bundle}, {@code url}). */
        public Builder from(ContentFile source) {
            return from(source.sourcePath(), source.file(), source.bundle(), source.url());
        }

        /** Where the document comes from, field by field; {@code bundle} is null for a single {@code .md} file. */
        public Builder from(String sourcePath, Path file, Path bundle, String url) {
            this.sourcePath = sourcePath;
            this.file = file;
            this.bundle = bundle;
            this.url = url;
            return this;
        }

        public Builder type(DocumentType type) {
            this.type = type;
            return this;
        }

        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder written(LocalDate written) {
            this.written = written;
            return this;
        }

        /** 更新日期, or null when the document was not changed after publication. */
        public Builder updated(LocalDate updated) {
            this.updated = updated;
            return this;
        }

        public Builder agencies(List<Agency> agencies) {
            this.agencies = agencies;
            return this;
        }

        public Builder docNumber(String docNumber) {
            this.docNumber = docNumber;
            return this;
        }

        public Builder indexNumber(String indexNumber) {
            this.indexNumber = indexNumber;
            return this;
        }

        public Builder campaigns(List<Campaign> campaigns) {
            this.campaigns = campaigns;
            return this;
        }

        public Builder themes(List<String> themes) {
            this.themes = themes;
            return this;
        }

        public Builder topics(List<String> topics) {
            this.topics = topics;
            return this;
        }

        public Builder keywords(List<String> keywords) {
            this.keywords = keywords;
            return this;
        }

        public Builder validity(Validity validity) {
            this.validity = validity;
            return this;
        }

        public Builder validUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder schedule(List<ScheduleItem> schedule) {
            this.schedule = schedule;
            return this;
        }

        public Builder deadlines(List<Deadline> deadlines) {
            this.deadlines = deadlines;
            return this;
        }

        public Builder contacts(List<Contact> contacts) {
            this.contacts = contacts;
            return this;
        }

        public Builder attachments(List<Attachment> attachments) {
            this.attachments = attachments;
            return this;
        }

        public Builder bodyFirstLine(int bodyFirstLine) {
            this.bodyFirstLine = bodyFirstLine;
            return this;
        }

        public Document build() {
            return new Document(sourcePath, file, bundle, url, type, draft, title, date, written, updated, agencies, docNumber,
                    indexNumber, campaigns, themes, topics, keywords, validity, validUntil, summary, schedule, deadlines,
                    contacts, attachments, bodyFirstLine);
        }
    }
}
