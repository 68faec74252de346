package org.gazette.site;

import java.time.LocalDate;

/**
 * The banner of a document that only a preview shows: a draft (草稿) or a document scheduled for a
 * later day (定时发布). A real build never shows one, because it never publishes such a document.
 *
 * @param kind    {@code draft} or {@code scheduled}, for the stylesheet
 * @param label   the short word shown in lists, e.g. {@code 定时发布 2026-12-01}
 * @param message the sentence after the label in the banner on the document's page
 */
public record PreviewMark(String kind, String label, String message) {

    static PreviewMark draft() {
        return new PreviewMark("draft", "草稿", "本文档是草稿（status: draft），只在预览中显示，生成网站时不会发布。");
    }

    static PreviewMark scheduled(LocalDate date) {
        return new PreviewMark("scheduled", "定时发布 " + date,
                "本文档定于 " + date + " 发布：在那天之前只在预览中显示，那天及以后的第一次构建才把它发布到网站上。");
    }
}
