/**
 * How dates, times and files are written for readers ({@code fmt} in templates; {@code FileFormats}:
 * “Excel 电子表格（XLSX）”, “12 KB”), shared by pages, generated files and the site model alike; it
 * depends on nothing but the content records, so any package may use it.
 */
package org.gazette.format;
