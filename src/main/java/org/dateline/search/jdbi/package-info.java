/**
 * Search's reads in SQL: the summary and body of a page of results ({@code articles}, a read model
 * of its owner, decision 0094). {@link org.dateline.search.jdbi.SearchTables} hands out the port.
 */
@NullMarked
package org.dateline.search.jdbi;

import org.jspecify.annotations.NullMarked;
