/**
 * One build from sources to a finished site: read data and content, check everything, render every
 * page in parallel into a fresh staging folder, and only when nothing failed swap it into place, so
 * a failed build never touches the last good site.
 */
package org.gazette.build;
