/**
 * The {@code gazette} command line: {@code build} bakes the site, {@code check} only validates
 * (as text, JSON or GitHub annotations), {@code new} starts a document, {@code schemas} writes the
 * JSON Schemas for editors' tools.
 * Problems are printed one per line as {@code path:line: field: message —— hint}; the exit status
 * is 0 on success, 1 when the sources have mistakes, 2 for a wrong command line and 3 when the
 * build itself could not run.
 */
package org.gazette.cli;
