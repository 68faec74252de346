package org.gazette.site;

import org.gazette.content.DocumentType;

/**
 * Where the archives live: the year lists of notices and plans ({@code notices/2022/}), the topic
 * pages ({@code topics/<slug>/}) and the campaign series hubs ({@code campaigns/<key>/}). Paths are
 * below the site root, ready for {@link Urls}; later pages of each add {@code page/n/}.
 */
public final class ArchivePaths {

    /** The index of every topic (主题分类). */
    public static final String TOPICS = "topics/";
    /** The index of every campaign series (活动专题). */
    public static final String CAMPAIGNS = "campaigns/";

    private ArchivePaths() {
    }

    /**
     * The list of one year's notices or plans, e.g. {@code notices/2022/}. Documents live one level
     * below ({@code notices/2022/<slug>/}), so the year folder's own page is free; a document that takes
     * it anyway is reported by the address check.
     */
    public static String year(DocumentType type, int year) {
        return type.folder() + "/" + year + "/";
    }

    /** The list of one topic's documents, e.g. {@code topics/1a2b3c4d/}; the slug is {@link TopicIndex#slug}. */
    public static String topic(String slug) {
        return TOPICS + slug + "/";
    }

    /** The hub of one campaign series, e.g. {@code campaigns/sci-week/}; the key is {@link CampaignSeries.Series#key}. */
    public static String series(String key) {
        return CAMPAIGNS + key + "/";
    }
}
