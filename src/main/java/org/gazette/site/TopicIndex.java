package org.gazette.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.content.Document;

/**
 * The 主题分类 of a site, each with its published documents (newest first), and the one rule for a
 * topic's address. When {@code data/site.yaml} declares the classification list, every entry is a
 * topic, in the list's order, even one no published document names yet; otherwise the topics are the
 * words the published documents use, those with most documents first (then by their text).
 */
public final class TopicIndex {

    /** Hex digits of a slug; a site whose topics share them (about one chance in a million at 100 topics) gets {@link #LONG_SLUG}. */
    static final int SLUG = 8;
    static final int LONG_SLUG = 16;

    /**
     * One topic.
     *
     * @param name      the topic as written, e.g. {@code 综合政务\政务公开}
     * @param slug      its ASCII address segment ({@link #slug(String)})
     * @param documents its published documents, newest first; empty for a declared topic nothing uses yet
     */
    public record Topic(String name, String slug, List<Document> documents) {

        public Topic {
            documents = List.copyOf(documents);
        }

        /** The topic's list page. */
        public String path() {
            return ArchivePaths.topic(slug);
        }
    }

    private final List<Topic> topics;
    private final Map<String, Topic> byName = new HashMap<>();

    private TopicIndex(List<Topic> topics) {
        this.topics = topics;
        topics.forEach(topic -> byName.put(topic.name(), topic));
    }

    /** The topics of a site, made once per build by whichever page family asks first. */
    public static TopicIndex of(SiteIndex site) {
        return site.derived(TopicIndex.class, TopicIndex::compute);
    }

    private static TopicIndex compute(SiteIndex site) {
        Map<String, List<Document>> byTopic = new LinkedHashMap<>();
        for (String declared : site.data().site().identity().topics()) {
            byTopic.put(declared, new ArrayList<>());
        }
        for (Document document : site.published()) {
            for (String topic : document.topics().stream().distinct().toList()) {
                byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(document);
            }
        }
        List<String> names = new ArrayList<>(byTopic.keySet());
        if (site.data().site().identity().topics().isEmpty()) {
            names.sort(Comparator.comparingInt((String name) -> -byTopic.get(name).size()).thenComparing(name -> name));
        }
        Set<String> widened = sharedSlugs(names);
        List<Topic> topics = new ArrayList<>();
        for (String name : names) {
            String slug = slug(name);
            topics.add(new Topic(name, widened.contains(slug) ? slug(name, LONG_SLUG) : slug, byTopic.get(name)));
        }
        return new TopicIndex(List.copyOf(topics));
    }

    private static Set<String> sharedSlugs(List<String> names) {
        Map<String, Integer> counts = new HashMap<>();
        names.forEach(name -> counts.merge(slug(name), 1, Integer::sum));
        Set<String> shared = new HashSet<>();
        counts.forEach((slug, count) -> {
            if (count > 1) {
                shared.add(slug);
            }
        });
        return shared;
    }

    /**
     * A topic's address segment: the first eight hex digits of the SHA-256 of its text (Unicode NFC,
     * UTF-8). ASCII, the same on every build and machine, and independent of the list's order, of the
     * other topics and of any library's pinyin table; only renaming the topic changes it.
     */
    public static String slug(String topic) {
        return slug(topic, SLUG);
    }

    private static String slug(String topic, int digits) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(topic, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, digits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Every topic in the order pages show them. */
    public List<Topic> topics() {
        return topics;
    }

    /**
     * The list page of a topic as a document writes it, or null when the topic has none: no published
     * document names it (a declared topic not used yet, or a draft's).
     */
    public String page(String name) {
        Topic topic = byName.get(name);
        return topic == null || topic.documents().isEmpty() ? null : topic.path();
    }

    /** Whether any topic has a published document, i.e. whether the topic pages exist. */
    public boolean hasDocuments() {
        return topics.stream().anyMatch(topic -> !topic.documents().isEmpty());
    }
}
