/**
 * The {@code gazette} command line: {@code build} bakes the site, {@code check} only validates,
 * {@code init} starts a bureau's own site.
 * Problems are printed one per line as {@code path:line: field: message —— hint}; the exit status
 * is 0 on success, 1 when the sources have mistakes, 2 for a wrong command line and 3 when the
 * build itself could not run.
 */
package org.gazette.cli;
