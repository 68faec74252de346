package org.gazette.checks;

import java.time.LocalDate;

/**
 * The words for a link to a document scheduled for a later day than the document that links to it:
 * on the day the linking document is published, that link would lead nowhere.
 */
final class ScheduledLinks {

    private ScheduledLinks() {
    }

    static String message(String href, LocalDate date) {
        return "链接“" + href + "”指向的文档定于 " + date + " 才发布，本文档发布时这个链接会打不开";
    }

    static String hint(LocalDate date) {
        return "把本文档的 date 也定为 " + date + " 或更晚（两篇同一天发布），或到 " + date + " 以后再加这个链接";
    }
}
