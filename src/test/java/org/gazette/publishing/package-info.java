/**
 * The publishing workflows shipped with every site (GitHub Actions, GitLab CI, the rsync deploy
 * script), read as the CI services read them and run where they can be: they must run the commands
 * {@code docs/publishing.md} states, and those commands must be the CLI's.
 */
package org.gazette.publishing;
