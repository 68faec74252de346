/**
 * Problems found in an editor's sources, worded for the editor: which file, which line, which
 * field, what is wrong and what to write instead. Every stage of the build reports into one
 * {@link org.gazette.validation.Problems} collector so that a single run lists every mistake of
 * the whole site, not only the first. What is not the editor's doing, a full disk or a missing
 * permission, is an {@link org.gazette.validation.EnvironmentFailure} instead, never a problem.
 */
package org.gazette.validation;
