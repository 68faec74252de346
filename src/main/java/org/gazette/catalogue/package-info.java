/**
 * What an output family of the site is: the {@link org.gazette.catalogue.Output} every family
 * implements, stating its paths, its {@link org.gazette.catalogue.MediaType}, what it is made from
 * ({@link org.gazette.catalogue.Inputs}) and how it is rendered ({@link org.gazette.catalogue.Rendering}).
 *
 * <p>This package names no family: the families live beside what they show (pages in
 * {@code pages}, files in {@code outputs}), and the one list of a standard site is
 * {@code build.Catalogue}. So every family can depend on this package and nothing here depends on them.
 */
package org.gazette.catalogue;
