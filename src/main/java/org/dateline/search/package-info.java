/**
 * Search: full-text search for readers and the newsroom, related stories and suggestions, over an
 * index derived from the store. The index follows the change log (it is never the system of record)
 * and can always be rebuilt ({@link org.dateline.search.Reindex}). The Lucene adapter is in {@code
 * search/lucene}.
 */
@NullMarked
package org.dateline.search;

import org.jspecify.annotations.NullMarked;
