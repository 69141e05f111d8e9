package org.dateline.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.dateline.search.SearchResults.Facet;
import org.dateline.search.SearchResults.Value;

/** The facets of a search: per dimension, the values of the matching stories with their counts. */
final class FacetCounts {
  static final List<String> DIMENSIONS =
      List.of(
          Documents.DIM_SECTION,
          Documents.DIM_AUTHOR,
          Documents.DIM_TOPIC,
          Documents.DIM_LANGUAGE,
          Documents.DIM_MONTH);

  /** How many values each facet shows at most (months: the newest 24 with matches). */
  static final int FACET_VALUES = 10;

  private FacetCounts() {}

  static List<Facet> of(Generation.FacetSearcher s, FacetsCollector fc) throws IOException {
    SortedSetDocValuesReaderState state = s.facets();
    if (state == null) {
      return List.of();
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
    List<Facet> out = new ArrayList<>();
    for (String dim : DIMENSIONS) {
      boolean month = dim.equals(Documents.DIM_MONTH);
      FacetResult r;
      try {
        r = counts.getTopChildren(month ? 1000 : FACET_VALUES, dim);
      } catch (IllegalArgumentException e) {
        r = null; // no story has this dimension yet
      }
      List<Value> values = new ArrayList<>();
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.add(new Value(lv.label, lv.value.longValue()));
        }
      }
      if (month) {
        values.sort((a, b) -> b.label().compareTo(a.label()));
        values = values.subList(0, Math.min(24, values.size()));
      }
      out.add(new Facet(dim, values));
    }
    return out;
  }
}
