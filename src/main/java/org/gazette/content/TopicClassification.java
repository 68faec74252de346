package org.gazette.content;

import java.util.Comparator;
import java.util.List;

/**
 * The site's fixed 主题分类 list (e.g. {@code 综合政务\政务公开}) and the rule documents follow
 * when a site declares one: every {@code topics} entry is an entry of the list, and a word that is
 * not gets the closest entry as a hint. Without a declared list {@code topics} stays free.
 */
final class TopicClassification {

    private final List<String> entries;

    TopicClassification(List<String> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reports each {@code topics} entry of a document that is not in the site's list. */
    void check(Fields fields, List<String> topics) {
        if (entries.isEmpty()) {
            return;
        }
        for (String topic : topics) {
            if (!entries.contains(topic)) {
                fields.problems().error(fields.lineOf("topics"), "topics",
                        "主题分类“" + topic + "”不在本站的主题分类表中（data/site.yaml 的 topics）",
                        "是不是想写 " + closest(topic) + "？主题分类照分类表原样填写；自由的关键词请写在 keywords（主题词）");
            }
        }
    }

    /** The entry closest to what was written: by its last level (政务公开 in 综合政务\政务公开), then by the whole entry. */
    String closest(String written) {
        return entries.stream().min(Comparator.comparingInt((String entry) -> distance(written, entry))
                .thenComparing(entries::indexOf)).orElseThrow();
    }

    private static int distance(String written, String entry) {
        String leaf = entry.substring(entry.lastIndexOf('\\') + 1);
        String writtenLeaf = written.substring(written.lastIndexOf('\\') + 1);
        if (entry.contains(writtenLeaf) || writtenLeaf.contains(leaf)) {
            return Math.min(Fields.distance(writtenLeaf, leaf), Fields.distance(written, entry)) - 100;
        }
        return Math.min(Fields.distance(writtenLeaf, leaf), Fields.distance(written, entry));
    }
}
