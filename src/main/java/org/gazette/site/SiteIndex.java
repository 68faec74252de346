package org.gazette.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gazette.content.Agency;
import org.gazette.content.Campaign;
import org.gazette.content.Document;
import org.gazette.content.DocumentType;
import org.gazette.content.SiteData;

/**
 * The published documents of a site and every grouping the pages need, computed once. Lists are
 * newest first (publication date, then source path, so the order is the same on every build).
 * Which documents are published is decided here, once, by the build's {@link Publication}: drafts
 * and documents dated after the build day are kept apart, never published, but named in the build
 * summary (unless a preview includes them).
 */
public final class SiteIndex {

    /** Newest first; ties broken by source path so builds are deterministic. */
    public static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing(Document::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Document::sourcePath);

    private final SiteData data;
    private final List<Document> published;
    private final Publication publication;
    private final List<Document> drafts;
    private final List<Document> scheduled;
    private final Map<Path, Document> everyFile;
    private final Map<DocumentType, List<Document>> byType;
    private final Map<String, List<Document>> byAgency;
    private final Map<String, List<Document>> byCampaign;
    private final Map<Path, Document> byFile;
    private final Map<String, Neighbours> neighbours;
    private final List<Activity> activities;
    private final List<DeadlineEntry> deadlines;
    private final Map<Path, String> bodies;
    private final Map<Path, BodyAddresses> addresses;
    private final Map<String, DocumentEvents> events;
    private final Map<String, DocumentAttachments> attachments;
    private final Map<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();
    /** The newest view of each kind that the indexes this one was updated from had made: for views that update in place. */
    private final Map<Class<?>, Object> lastDerived;

    /**
     * The index of every non-draft document, whatever its date: for tests of page families and for
     * tools that chose their documents already. A build passes its {@link Publication}.
     */
    public SiteIndex(SiteData data, List<Document> documents) {
        this(data, documents, new Publication(LocalDate.MAX, false, false));
    }

    /** An index without bodies: for tools and tests that need no full text. */
    public SiteIndex(SiteData data, List<Document> documents, Publication publication) {
        this(data, documents, publication, Map.of());
    }

    /**
     * @param documents every document read without mistakes, published or not
     * @param bodies    the sanitised body HTML of documents by file, for the outputs that carry the full
     *                  text (feeds); a document without one has an empty body there
     */
    public SiteIndex(SiteData data, List<Document> documents, Publication publication, Map<Path, String> bodies) {
        this(data, documents, publication, bodies, null);
    }

    /**
     * The index after some documents changed, as a preview's rebuild asks for it: the same index a
     * new one would be, but each document that is the very object {@code last} published keeps its
     * derived facts (events with their identities, attachments) and its place in the orders, and
     * only the changed documents are placed again. Views of the whole index that can update in place
     * ({@link Feeds}) find the last index's through {@link #last(Class)}. Without a last index of
     * the same data and publication rule, every fact is derived again.
     *
     * @param last the index of the last successful build, or null
     */
    public static SiteIndex updated(SiteIndex last, SiteData data, List<Document> documents, Publication publication,
                                    Map<Path, String> bodies) {
        return updated(last, data, documents, publication, bodies, document -> null);
    }

    /**
     * {@link #updated(SiteIndex, SiteData, List, Publication, Map)} taking each changed document's events
     * from the document pass, which made them for its page, rather than making them again.
     *
     * @param made the events the document pass made for a document (the very object), or null
     */
    public static SiteIndex updated(SiteIndex last, SiteData data, List<Document> documents, Publication publication,
                                    Map<Path, String> bodies, Function<Document, DocumentEvents> made) {
        return updated(last, data, documents, publication, bodies, made, Map.of());
    }

    /**
     * {@link #updated(SiteIndex, SiteData, List, Publication, Map, Function)} knowing also where the
     * link and image addresses stand in the bodies that the body renderer wrote from flexmark's tree,
     * so that their feed entries are made without parsing the HTML again.
     *
     * @param addresses the addresses' places in each body of {@code bodies} that has them known
     */
    public static SiteIndex updated(SiteIndex last, SiteData data, List<Document> documents, Publication publication,
                                    Map<Path, String> bodies, Function<Document, DocumentEvents> made,
                                    Map<Path, BodyAddresses> addresses) {
        boolean comparable = last != null && last.data == data && last.publication.equals(publication);
        return new SiteIndex(data, documents, publication, bodies, comparable ? last : null, made, addresses);
    }

    private SiteIndex(SiteData data, List<Document> documents, Publication publication, Map<Path, String> bodies,
                      SiteIndex last) {
        this(data, documents, publication, bodies, last, document -> null, Map.of());
    }

    private SiteIndex(SiteData data, List<Document> documents, Publication publication, Map<Path, String> bodies,
                      SiteIndex last, Function<Document, DocumentEvents> made, Map<Path, BodyAddresses> addresses) {
        this.data = data;
        this.lastDerived = last == null ? Map.of() : lastViews(last);
        this.bodies = Map.copyOf(bodies);
        this.addresses = Map.copyOf(addresses);
        this.publication = publication;
        List<Document> live = new ArrayList<>();
        List<Document> draft = new ArrayList<>();
        List<Document> later = new ArrayList<>();
        Map<Path, Document> every = new HashMap<>();
        for (Document document : documents) {
            every.put(document.file(), document);
            if (publication.publishes(document)) {
                live.add(document);
            } else {
                (document.draft() ? draft : later).add(document);
            }
        }
        // Documents the last index published as these very objects keep their place; the others are placed anew.
        Set<Document> kept = last == null ? Set.of() : keptFrom(last, live);
        live = last == null ? sorted(live, NEWEST_FIRST) : merged(last.published, kept, live, NEWEST_FIRST);
        draft.sort(Comparator.comparing(Document::sourcePath));
        later.sort(Comparator.comparing(Document::date).thenComparing(Document::sourcePath));
        this.published = List.copyOf(live);
        this.drafts = List.copyOf(draft);
        this.scheduled = List.copyOf(later);
        this.everyFile = Collections.unmodifiableMap(every);

        Map<DocumentType, List<Document>> types = new EnumMap<>(DocumentType.class);
        Map<String, List<Document>> agencies = new LinkedHashMap<>();
        Map<String, List<Document>> campaigns = new LinkedHashMap<>();
        Map<Path, Document> files = new HashMap<>();
        for (String id : data.agencies().keySet()) {
            agencies.put(id, new ArrayList<>());
        }
        for (String id : data.campaigns().keySet()) {
            campaigns.put(id, new ArrayList<>());
        }
        for (Document document : published) {
            types.computeIfAbsent(document.type(), t -> new ArrayList<>()).add(document);
            for (Agency agency : document.agencies()) {
                agencies.get(agency.id()).add(document);
            }
            for (Campaign campaign : document.campaigns()) {
                campaigns.get(campaign.id()).add(document);
            }
            files.put(document.file(), document);
        }
        this.byType = freeze(types);
        this.byAgency = freeze(agencies);
        this.byCampaign = freeze(campaigns);
        this.byFile = Collections.unmodifiableMap(files);
        this.neighbours = neighbours(byType);

        List<Activity> allActivities = new ArrayList<>();
        List<DeadlineEntry> allDeadlines = new ArrayList<>();
        Map<String, DocumentEvents> dated = new HashMap<>();
        Map<String, DocumentAttachments> attached = new HashMap<>();
        for (Document document : published) {
            boolean same = kept.contains(document);
            DocumentAttachments bundle = same ? last.attachments.get(document.sourcePath())
                    : document.attachments().isEmpty() ? null : DocumentAttachments.of(document);
            if (bundle != null) {
                attached.put(document.sourcePath(), bundle);
            }
            DocumentEvents events = same ? last.events.get(document.sourcePath()) : madeFor(document, made);
            if (events != null && !events.isEmpty()) {
                dated.put(document.sourcePath(), events);
                if (!same) {
                    allActivities.addAll(events.activities());
                    allDeadlines.addAll(events.deadlines());
                }
            }
        }
        this.events = Collections.unmodifiableMap(dated);
        this.attachments = Collections.unmodifiableMap(attached);
        // The kept documents' activities and deadlines are in the last index's orders already.
        this.activities = List.copyOf(last == null ? sorted(allActivities, BY_START)
                : merged(last.activities, a -> kept.contains(a.document()), allActivities, BY_START));
        this.deadlines = List.copyOf(last == null ? sorted(allDeadlines, BY_DUE)
                : merged(last.deadlines, d -> kept.contains(d.document()), allDeadlines, BY_DUE));
    }

    /** The events the document pass made for this very document, else made now. */
    private static DocumentEvents madeFor(Document document, Function<Document, DocumentEvents> made) {
        DocumentEvents events = made.apply(document);
        return events != null ? events : DocumentEvents.of(document);
    }

    /** The order of {@link #activities()}: by start, then source path and place in the schedule (total). */
    static final Comparator<Activity> BY_START = Comparator.comparing((Activity a) -> a.item().start())
            .thenComparing(a -> a.document().sourcePath()).thenComparingInt(Activity::index);
    /** The order of {@link #deadlines()}: by due date, then source path and place in the list (total). */
    static final Comparator<DeadlineEntry> BY_DUE = Comparator.comparing((DeadlineEntry d) -> d.deadline().due())
            .thenComparing(d -> d.document().sourcePath()).thenComparingInt(DeadlineEntry::index);

    /** Of {@code live}, the documents {@code last} published as the very same objects. */
    private static Set<Document> keptFrom(SiteIndex last, List<Document> live) {
        Set<Document> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Document document : live) {
            if (last.byFile.get(document.file()) == document) {
                kept.add(document);
            }
        }
        return kept;
    }

    private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        items.sort(order);
        return items;
    }

    /**
     * The items of {@code before} that {@code stays} accepts, in their order, with {@code added}
     * placed among them by {@code order}: the list a sort of them all gives, since each order here is
     * total (it ends in the source path), without sorting the whole site again.
     */
    static <T> List<T> merged(List<T> before, java.util.function.Predicate<? super T> stays, List<T> added,
                                      Comparator<? super T> order) {
        added.sort(order);
        List<T> result = new ArrayList<>(before.size() + added.size());
        int next = 0;
        for (T item : before) {
            if (!stays.test(item)) {
                continue;
            }
            while (next < added.size() && order.compare(added.get(next), item) < 0) {
                result.add(added.get(next++));
            }
            result.add(item);
        }
        result.addAll(added.subList(next, added.size()));
        return result;
    }

    private static List<Document> merged(List<Document> before, Set<Document> kept, List<Document> live,
                                         Comparator<Document> order) {
        List<Document> added = new ArrayList<>();
        for (Document document : live) {
            if (!kept.contains(document)) {
                added.add(document);
            }
        }
        return merged(before, kept::contains, added, order);
    }

    /** The newest view of each kind the last indexes made: a build that did not ask for one passes the older on. */
    private static Map<Class<?>, Object> lastViews(SiteIndex last) {
        Map<Class<?>, Object> views = new HashMap<>(last.lastDerived);
        views.putAll(last.derived);
        return Map.copyOf(views);
    }

    /**
     * The newest view of this kind that the indexes this one was {@link #updated} from had made, or null: for
     * a view that makes itself again from the last one, reusing what the changed documents did not
     * touch.
     */
    public <T> T last(Class<T> kind) {
        return kind.cast(lastDerived.get(kind));
    }

    /**
     * A view of the site that several page families and file kinds need (the contact directory,
     * the calendar index), computed once per build by whichever asks first.
     */
    public <T> T derived(Class<T> kind, java.util.function.Function<SiteIndex, T> compute) {
        return kind.cast(derived.computeIfAbsent(kind, k -> compute.apply(this)));
    }

    /** Every activity of every published document, by start. */
    public List<Activity> activities() {
        return activities;
    }

    /** Every deadline of every published document, by due date. */
    public List<DeadlineEntry> deadlines() {
        return deadlines;
    }

    /**
     * A published document's activities and deadlines with their identities and calendar file, the
     * same objects {@link #activities()} and {@link #deadlines()} list; {@link DocumentEvents#of} for
     * a document this index does not publish.
     */
    public DocumentEvents events(Document document) {
        DocumentEvents known = byFile.get(document.file()) == document ? events.get(document.sourcePath()) : null;
        return known != null ? known : DocumentEvents.of(document);
    }

    /**
     * A published document's attachments with their resolved files, published paths, table anchors and
     * downloads; {@link DocumentAttachments#of} for a document this index does not publish.
     */
    public DocumentAttachments attachments(Document document) {
        DocumentAttachments known = byFile.get(document.file()) == document ? attachments.get(document.sourcePath()) : null;
        return known != null ? known : DocumentAttachments.of(document);
    }

    /**
     * 上一篇 and 下一篇 of every notice and plan within its type: the type lists are newest first, so
     * the document listed after one was published before it.
     */
    private static Map<String, Neighbours> neighbours(Map<DocumentType, List<Document>> byType) {
        Map<String, Neighbours> result = new HashMap<>();
        for (Map.Entry<DocumentType, List<Document>> entry : byType.entrySet()) {
            if (entry.getKey() == DocumentType.PAGE) {
                continue;
            }
            List<Document> newestFirst = entry.getValue();
            for (int i = 0; i < newestFirst.size(); i++) {
                Document older = i + 1 < newestFirst.size() ? newestFirst.get(i + 1) : null;
                Document newer = i > 0 ? newestFirst.get(i - 1) : null;
                result.put(newestFirst.get(i).sourcePath(), new Neighbours(older, newer));
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /** 上一篇 and 下一篇 of a published document within its type; {@link Neighbours#NONE} for simple pages. */
    public Neighbours neighbours(Document document) {
        return neighbours.getOrDefault(document.sourcePath(), Neighbours.NONE);
    }

    private static <K> Map<K, List<Document>> freeze(Map<K, List<Document>> map) {
        Map<K, List<Document>> frozen = new LinkedHashMap<>();
        for (Map.Entry<K, List<Document>> entry : map.entrySet()) {
            frozen.put(entry.getKey(), List.copyOf(entry.getValue()));
        }
        return Collections.unmodifiableMap(frozen);
    }

    public SiteData data() {
        return data;
    }

    /** Every published document, newest first. */
    public List<Document> published() {
        return published;
    }

    /** Documents with {@code status: draft} that are not published, by path. */
    public List<Document> drafts() {
        return drafts;
    }

    /**
     * Documents held back because their {@code date} is after the build day (定时发布), earliest
     * first (then by path). Drafts are listed in {@link #drafts()} only.
     */
    public List<Document> scheduled() {
        return scheduled;
    }

    /** The rule this index was built with: the build day and what a preview includes. */
    public Publication publication() {
        return publication;
    }

    /** The document read from a file, published or held back, or null (not a document, or it has mistakes). */
    public Document anyAtFile(Path file) {
        return everyFile.get(file);
    }

    /** Published documents of one type, newest first. */
    public List<Document> ofType(DocumentType type) {
        return byType.getOrDefault(type, List.of());
    }

    /** Published documents issued (jointly or alone) by an agency, newest first. */
    public List<Document> byAgency(String agencyId) {
        return byAgency.getOrDefault(agencyId, List.of());
    }

    /** Published documents of a campaign edition, newest first. */
    public List<Document> byCampaign(String campaignId) {
        return byCampaign.getOrDefault(campaignId, List.of());
    }

    /** A document's sanitised body HTML as its page shows it; empty when the index was made without it. */
    public String body(Document document) {
        return bodies.getOrDefault(document.file(), "");
    }

    /** Where the addresses stand in a document's body ({@link #body}), or null when that is not known. */
    public BodyAddresses addresses(Document document) {
        return addresses.get(document.file());
    }

    /** The published document read from a file, or null. */
    public Document atFile(Path file) {
        return byFile.get(file);
    }
}
