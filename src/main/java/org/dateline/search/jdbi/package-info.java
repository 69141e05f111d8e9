/**
 * Search's SQL: the summary and body of a page of results ({@code articles}, a read model of its
 * owner, decision 0094), and the related stories kept per story ({@code related_stories}, decision
 * 0102). {@link org.dateline.search.jdbi.SearchTables} hands out the ports.
 */
@NullMarked
package org.dateline.search.jdbi;

import org.jspecify.annotations.NullMarked;
