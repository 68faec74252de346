/**
 * How dates and times are written for readers ({@code fmt} in templates), shared by pages and
 * generated files alike; it depends on nothing but the content records, so any package may use it.
 */
package org.gazette.format;
