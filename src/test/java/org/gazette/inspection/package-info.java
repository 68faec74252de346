/** Tests of what a government website inspection reads from a built site: footer, metadata, columns, site map. */
package org.gazette.inspection;
