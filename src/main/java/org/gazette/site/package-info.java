/**
 * The site as a whole once every document is read: the published documents in their orders and
 * groupings ({@link org.gazette.site.SiteIndex}), which documents are published on the build day
 * ({@link org.gazette.site.Publication}: not drafts, not dated later, unless a preview shows them), the build day that dated statuses are computed
 * against ({@link org.gazette.site.BuildDay}), and how pages are addressed
 * ({@link org.gazette.site.Urls}, and the paths of agency pages, vCards and table downloads).
 * Everything here is computed once per build, never per page; which contact people belong to which
 * agency is {@link org.gazette.site.ContactDirectory}.
 *
 * <p>The site model: each activity, deadline and attachment with the facts every output reads —
 * identity, anchor and calendar file ({@link org.gazette.site.DocumentEvents}), the deadline status
 * rule ({@link org.gazette.site.DeadlineStatus}), an attachment's resolved file, published path,
 * table anchor and downloads ({@link org.gazette.site.DocumentAttachments}).
 */
package org.gazette.site;
