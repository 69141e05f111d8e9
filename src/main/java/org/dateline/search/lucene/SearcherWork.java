package org.dateline.search.lucene;

import java.io.IOException;

/** A read against one searcher, run by {@link LuceneIndex#read}. */
@FunctionalInterface
interface SearcherWork<T> {
  T run(Generation.FacetSearcher searcher) throws IOException;
}
