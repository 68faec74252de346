/**
 * The checks that need more than one file at a time, with the Chinese messages editors and operators
 * read: two pages at one address ({@link org.gazette.checks.AddressCheck}), links to documents that
 * will not be published with the linking one ({@link org.gazette.checks.DocumentLinkCheck}), bundle
 * files nothing publishes ({@link org.gazette.checks.UnreferencedFileCheck}), and an output folder
 * whose replacement would destroy sources ({@link org.gazette.checks.OutputFolderCheck}). The build
 * runs them; each reports into {@link org.gazette.validation.Problems} or throws before anything is
 * written. Checks of a single file stay with the reader of that file.
 */
package org.gazette.checks;
