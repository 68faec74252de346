package org.gazette.pages;

/**
 * What the build learns about an attachment file by reading it once.
 *
 * @param size   the size in bytes
 * @param sha256 the SHA-256 of the content, lower-case hex
 * @param pages  the page count of a PDF, or 0 when not a PDF or not readable
 */
public record FileFacts(long size, String sha256, int pages) {
}
