package org.gazette.content;

import java.time.ZoneId;
import java.util.List;

/**
 * The site's identity from {@code data/site.yaml}.
 *
 * @param baseUrl      the public address of the site root, without a trailing slash
 * @param basePath     the path part of {@code baseUrl} with a trailing slash, e.g. {@code /} or {@code /kjz/}
 * @param siteCode     网站标识码, or null
 * @param icp          ICP备案号, or null
 * @param policeRecord 公安备案号, or null
 * @param identity     what a government website inspection looks for: badges, units, links, 主题分类
 */
public record SiteConfig(String title, String publisher, String baseUrl, String basePath, String language,
                         ZoneId timezone, String siteCode, String icp, String policeRecord,
                         List<NavItem> navigation, String description,
                         SiteIdentity identity) {

    public SiteConfig {
        navigation = List.copyOf(navigation);
    }
}
