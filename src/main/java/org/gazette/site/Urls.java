package org.gazette.site;

import org.gazette.content.Document;

/**
 * Addresses of pages and files, for templates and writers. Pages are addressed by their path
 * below the site root ({@code notices/2022/a/}); links are written from the site's base path
 * ({@code /} or {@code /kjz/}) with every segment percent-encoded, and absolute addresses (feeds,
 * QR codes, calendars) start with the configured {@code base_url}.
 */
public final class Urls {

    private final String baseUrl;
    private final String basePath;

    public Urls(String baseUrl, String basePath) {
        this.baseUrl = baseUrl;
        this.basePath = basePath;
    }

    /** The link to a path below the site root, e.g. {@code /notices/2022/a/}. */
    public String href(String path) {
        return basePath + UrlPaths.encode(path);
    }

    /** The link to a document's page. */
    public String page(Document document) {
        return href(document.url());
    }

    /** The full address of a path, e.g. {@code https://example.gov.cn/notices/}. */
    public String absolute(String path) {
        // base_url already ends in the base path (https://example.gov.cn/kjz), so only the page path follows.
        return baseUrl + "/" + UrlPaths.encode(path);
    }

    /** The full address of a document's page. */
    public String absolutePage(Document document) {
        return absolute(document.url());
    }

    /** The {@code webcal:} form of a full address, which phones open as a calendar subscription. */
    public String webcal(String path) {
        return absolute(path).replaceFirst("^https?:", "webcal:");
    }

    public String basePath() {
        return basePath;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Two {@code Urls} of the same base make the same links: a rebuild compares outputs made with them. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Urls urls && java.util.Objects.equals(baseUrl, urls.baseUrl) && java.util.Objects.equals(basePath, urls.basePath);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(baseUrl, basePath);
    }
}
