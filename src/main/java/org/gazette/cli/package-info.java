/**
 * The {@code gazette} command line: {@code build} bakes the site, {@code check} only validates
 * (as text, JSON or GitHub annotations), {@code serve} previews it live, {@code new} starts a
 * document, {@code schemas} writes the JSON Schemas for editors' tools, {@code init} starts a
 * bureau's own site.
 * Problems are printed one per line as {@code path:line: field: message —— hint}.
 *
 * <p>The exit status is stable, for CI:
 * <ul>
 *   <li>0: success (warnings may have been printed);</li>
 *   <li>1: mistakes in the content, each printed with its file and line;</li>
 *   <li>2: a wrong command line: an unknown command or option, a folder that is not a site root, an
 *       output folder that is not Gazette's, a {@code SOURCE_DATE_EPOCH} that is not whole seconds;</li>
 *   <li>3: the environment failed (full disk, no permission, an I/O error) or Gazette itself did;
 *       reported in Chinese with the path and the cause, never as content mistakes.</li>
 * </ul>
 */
package org.gazette.cli;
