package org.gazette.site;

import java.time.LocalDate;
import java.util.Objects;
import org.gazette.content.Document;

/**
 * The one rule that decides which documents a build publishes on its build day: not a draft, and
 * not dated after the build day (定时发布: a document appears at the first build on or after its
 * {@code date}). A preview may include drafts and future-dated documents; they are then marked as
 * such on their pages and in lists. Every page, file and check reads this rule through
 * {@link SiteIndex}, so no output can publish a held-back document.
 *
 * @param day    the build day, in the site's time zone
 * @param drafts true when drafts are shown (preview only)
 * @param future true when documents dated after the build day are shown (preview only)
 */
public record Publication(LocalDate day, boolean drafts, boolean future) {

    public Publication {
        Objects.requireNonNull(day, "day");
    }

    /** What a real build publishes on {@code day}: no draft, nothing dated after it. */
    public static Publication on(LocalDate day) {
        return new Publication(day, false, false);
    }

    /** True when the document's {@code date} is after the build day. */
    public boolean scheduled(Document document) {
        return document.date() != null && document.date().isAfter(day);
    }

    /** True when this build puts the document on the site. */
    public boolean publishes(Document document) {
        return (drafts || !document.draft()) && (future || !scheduled(document));
    }

    /**
     * True when the document will be on the site at the latest when {@code linker} is, so a link from
     * one to the other never leads nowhere: the target is published now, or it is scheduled no later
     * than the linker. Drafts never count as published here, even in a preview.
     */
    public boolean publishedBy(Document target, Document linker) {
        if (target.draft()) {
            return false;
        }
        if (!scheduled(target)) {
            return true;
        }
        return scheduled(linker) && !linker.date().isBefore(target.date());
    }

    /** How a document shown only in this preview is marked, or null for a document a build publishes. */
    public PreviewMark mark(Document document) {
        if (document.draft()) {
            return PreviewMark.draft();
        }
        return scheduled(document) ? PreviewMark.scheduled(document.date()) : null;
    }

    /** Whether a build with these settings shows anything a real build would not. */
    public boolean preview() {
        return drafts || future;
    }
}
