/**
 * Site search: the sharded index every build writes under {@code search/} (postings split by token,
 * document records in small chunks, facets in one manifest) for {@code assets/js/search.js}, and the
 * rule that cuts text into search tokens, which the script repeats for queries.
 */
package org.gazette.search;
