package org.dateline.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;

/**
 * The best {@code n} documents of a query among those a filter matches, counting no more hits than
 * it lists: the same documents in the same order (score, then index order) as {@code +query
 * #filter} (decision 0133), but the query is searched alone, so that a query of plain words (a
 * disjunction over the language fields) takes Lucene's top-level MaxScore bulk scorer, and the
 * filter is asked only about the documents that scorer hands over (those that could still enter the
 * top {@code n}) and that scored above the collector's minimum competitive score (decision 0138),
 * instead of being advanced in a conjunction with every candidate. The desk's public part (decision
 * 0133) and related stories' more-like-this and topic searches (decision 0136) use it. Stateless.
 */
final class FilteredTop {
  private FilteredTop() {}

  static TopDocs search(IndexSearcher searcher, Query query, Query filter, int n)
      throws IOException {
    Weight allowed =
        searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    return searcher.search(query, new Manager(new TopScoreDocCollectorManager(n, n), allowed));
  }

  private record Manager(TopScoreDocCollectorManager top, Weight allowed)
      implements CollectorManager<Only, TopDocs> {
    @Override
    public Only newCollector() throws IOException {
      return new Only(top.newCollector(), allowed);
    }

    @Override
    public TopDocs reduce(Collection<Only> collectors) throws IOException {
      List<TopScoreDocCollector> inner = new ArrayList<>(collectors.size());
      collectors.forEach(c -> inner.add(c.top));
      return top.reduce(inner);
    }
  }

  /**
   * Passes on only the documents the filter matches and the best-first collector could still keep;
   * Lucene collects a segment in doc order. The bulk scorer hands over every document whose score
   * it had to compute, also those that turn out below the collector's minimum competitive score:
   * those are dropped here before the filter is asked about them (decision 0138), as the collector
   * would drop them (it keeps a document only above the score of its last one, which only grows).
   */
  private static final class Only implements Collector {
    private final TopScoreDocCollector top;
    private final Weight allowed;

    Only(TopScoreDocCollector top, Weight allowed) {
      this.top = top;
      this.allowed = allowed;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
      Scorer matching = allowed.scorer(leaf);
      if (matching == null) {
        throw new CollectionTerminatedException(); // nothing in this segment passes
      }
      return new Competitive(top.getLeafCollector(leaf), matching.iterator());
    }

    @Override
    public ScoreMode scoreMode() {
      return top.scoreMode();
    }
  }

  /** One segment's collection for {@link Only}. Not thread-safe (one per segment and thread). */
  private static final class Competitive extends FilterLeafCollector {
    private final DocIdSetIterator passes;
    private @Nullable Scorable scorer;

    /** What the collector told the scorer: below it, a document cannot enter the top. */
    private float minCompetitive = Float.NEGATIVE_INFINITY;

    Competitive(LeafCollector in, DocIdSetIterator passes) {
      super(in);
      this.passes = passes;
    }

    /** The score of the document being collected, computed once for this check and the top. */
    private float current;

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      this.scorer = scorer;
      in.setScorer(
          new FilterScorable(scorer) {
            @Override
            public float score() {
              return current;
            }

            @Override
            public void setMinCompetitiveScore(float minScore) throws IOException {
              minCompetitive = minScore;
              in.setMinCompetitiveScore(minScore);
            }
          });
    }

    @Override
    public void collect(int doc) throws IOException {
      current = Objects.requireNonNull(scorer).score();
      if (current < minCompetitive) {
        return; // the collector would not keep it: the filter need not be asked
      }
      int at = passes.docID();
      if (at < doc) {
        at = passes.advance(doc);
      }
      if (at == doc) {
        in.collect(doc);
      }
    }
  }
}
