/**
 * {@code gazette init}: a new bureau's own site. The generator's jar carries a skeleton (the
 * starting data, a Chinese README, the site's {@code pom.xml} pinning this generator's version, and
 * this repository's templates, assets and publishing setup as they were at package time);
 * {@link org.gazette.init.NewSite} copies it into an empty folder and adds one example notice.
 */
package org.gazette.init;
