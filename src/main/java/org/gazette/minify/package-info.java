/**
 * The published copies of the site's own stylesheets and scripts ({@code assets/*.css}, {@code *.js}):
 * the same rules and statements without the comments and spaces a browser does not need, so the
 * sources stay commented and readable while readers download less. Depends only on
 * {@code validation}.
 */
package org.gazette.minify;
