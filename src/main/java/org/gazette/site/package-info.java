/**
 * The site as a whole once every document is read: the published documents in their orders and
 * groupings ({@link org.gazette.site.SiteIndex}), which documents are published on the build day
 * ({@link org.gazette.site.Publication}: not drafts, not dated later, unless a preview shows them), the build day that dated statuses are computed
 * against ({@link org.gazette.site.BuildDay}), and how pages are addressed
 * ({@link org.gazette.site.Urls}, and the paths of agency pages, vCards and table downloads).
 * Everything here is computed once per build, never per page; which contact people belong to which
 * agency is {@link org.gazette.site.ContactDirectory}.
 */
package org.gazette.site;
