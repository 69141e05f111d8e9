/**
 * The search index on Lucene: per-language analysis, the one mapping of a story to a document
 * ({@link org.dateline.search.lucene.Documents}), queries, highlighting, spelling and the index
 * folders under {@code DATA/search/}. {@link org.dateline.search.lucene.LuceneSearch} is the entry.
 */
@NullMarked
package org.dateline.search.lucene;

import org.jspecify.annotations.NullMarked;
