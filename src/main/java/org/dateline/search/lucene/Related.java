package org.dateline.search.lucene;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Related stories: more-like-this over the story's headline, body and names (bylines and topics),
 * public stories only, never the story itself; among the best matches, newer stories move up (a
 * score halves over a year of age).
 */
final class Related {
  private static final int CANDIDATES = 30;
  private static final double HALF_LIFE_DAYS = 365;

  private final Analyzer analyzer;

  Related(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  List<Long> find(Generation.FacetSearcher s, long articleId, int limit, Instant now)
      throws IOException {
    TopDocs self = s.search(new TermQuery(Documents.key(articleId)), 1);
    if (self.scoreDocs.length == 0) {
      return List.of();
    }
    Document d = s.storedFields().document(self.scoreDocs[0].doc);
    String lang = d.get(Documents.ANALYSIS);
    MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
    mlt.setAnalyzer(analyzer);
    String[] fields = {Analyzers.headline(lang), Analyzers.body(lang), Documents.NAMES};
    mlt.setFieldNames(fields);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(30);
    mlt.setBoost(true);
    Map<String, Collection<Object>> doc = new HashMap<>();
    doc.put(fields[0], List.of(d.get(Documents.HEADLINE)));
    doc.put(fields[1], List.of(d.get(Documents.TEXT)));
    doc.put(fields[2], List.of(String.valueOf(d.get(Documents.NAMES))));
    Query like = mlt.like(doc);
    Query q =
        new BooleanQuery.Builder()
            .add(like, BooleanClause.Occur.MUST)
            .add(Queries.publicOnly(), BooleanClause.Occur.FILTER)
            .add(new TermQuery(Documents.key(articleId)), BooleanClause.Occur.MUST_NOT)
            .build();
    var stored = s.storedFields();
    List<long[]> ids = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (ScoreDoc sd : s.search(q, CANDIDATES).scoreDocs) {
      Document hit = stored.document(sd.doc);
      long published = hit.getField(Documents.PUBLISHED).numericValue().longValue();
      double days = Math.max(0, Duration.between(Instant.ofEpochMilli(published), now).toDays());
      ids.add(new long[] {Long.parseLong(hit.get(Documents.ID)), published});
      scores.add(sd.score * Math.pow(0.5, days / HALF_LIFE_DAYS));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingDouble((Integer i) -> -scores.get(i))
            .thenComparingLong(i -> -ids.get(i)[1]));
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, order.size()); i++) {
      out.add(ids.get(order.get(i))[0]);
    }
    return out;
  }
}
