/**
 * Test support: {@link org.gazette.testing.TestSite} writes small fixture sites with the real
 * templates ({@link org.gazette.testing.TestSiteExtension} hands a fresh one to each test that asks),
 * {@link org.gazette.testing.CheckRun} and {@link org.gazette.testing.ProblemAssert} state what a
 * check found, {@link org.gazette.testing.FileTrees} copies and fingerprints folders.
 */
package org.gazette.testing;
