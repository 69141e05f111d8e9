package org.dateline.search.lucene;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.dateline.article.Article;

/**
 * Related stories (decision 0046): candidates are the stories sharing a topic, the newest of the
 * same section, and more-like-this over headline and body; each is scored by what it shares —
 * {@value #PER_TOPIC} per shared topic, {@value #SAME_SECTION} for the same section, up to {@value
 * #WORDS} for like words (relative to the best match) — and a score halves over a year of age.
 * Bylines take no part: a reporter who covers two desks does not make their stories alike. Public
 * stories only, never the story itself: the more-like-this and topic searches ask that of the
 * documents that could enter their top only ({@link Candidates#WORDS_ALONE}, decision 0136).
 */
final class Related {
  private static final int CANDIDATES = 30;
  private static final int SECTION_CANDIDATES = 10;
  private static final double PER_TOPIC = 2.0;
  private static final double SAME_SECTION = 1.0;
  private static final double WORDS = 1.5;
  private static final double HALF_LIFE_DAYS = 365;

  /**
   * Words in more than this share of the index (per cent) tell no story apart and make the query
   * costly; left out of more-like-this, but never below {@link #MIN_DOC_FREQ_BOUND} documents, so a
   * small site keeps every word.
   */
  private static final int MAX_DOC_FREQ_PCT = 2;

  private static final int MIN_DOC_FREQ_BOUND = 200;

  private final Analyzer analyzer;
  private final Candidates candidates;

  /**
   * The story whose relatives are wanted: its id, section name (or empty), topic names, and its
   * headline and text as the index analyses them (the index stores no body, decision 0094).
   */
  record Story(long id, String section, List<String> topics, String headline, String text) {
    static Story of(Article article) {
      return new Story(
          article.id().value(),
          article.section().map(x -> x.name()).orElse(""),
          article.tags().stream().map(t -> t.name()).toList(),
          Documents.clean(article.headline()),
          Documents.text(article));
    }
  }

  /**
   * How a scored candidate search (more-like-this, topics) keeps to the public stories other than
   * this one. Both list the same documents with the same scores in the same order (decision 0136);
   * the old way stays for the comparison test ({@code RelatedCandidatesTest}) and the benchmark
   * ({@code bench/related.sh}).
   */
  enum Candidates {
    /**
     * The words searched alone, the filter asked only about the documents that could enter the top
     * ({@link FilteredTop}): a disjunction alone at the top takes Lucene's MaxScore bulk scorer.
     */
    WORDS_ALONE,
    /** One conjunction, {@code +query #public -self} (before decision 0136). */
    CONJUNCTION;

    ScoreDoc[] best(IndexSearcher s, Query query, Story story, int n) throws IOException {
      return switch (this) {
        case WORDS_ALONE -> FilteredTop.search(s, query, publicOtherThan(story), n).scoreDocs;
        case CONJUNCTION -> Related.best(s, candidates(query, story), n);
      };
    }
  }

  Related(Analyzer analyzer) {
    this(analyzer, Candidates.WORDS_ALONE);
  }

  Related(Analyzer analyzer, Candidates candidates) {
    this.analyzer = analyzer;
    this.candidates = candidates;
  }

  List<Long> find(IndexSearcher s, Story story, int limit, Instant now) throws IOException {
    var self = s.search(new TermQuery(Documents.key(story.id())), 1);
    if (self.scoreDocs.length == 0) {
      return List.of();
    }
    Document d = s.storedFields().document(self.scoreDocs[0].doc);
    // Like words: more-like-this over the story's own headline and body.
    Map<Integer, Double> words = new HashMap<>();
    ScoreDoc[] alike = candidates.best(s, like(s, d, story), story, CANDIDATES);
    float best = alike.length == 0 ? 1 : alike[0].score;
    for (ScoreDoc sd : alike) {
      words.put(sd.doc, sd.score / (double) best);
    }
    Set<Integer> docs = new HashSet<>(words.keySet());
    if (!story.topics().isEmpty()) {
      for (ScoreDoc sd : candidates.best(s, anyTopic(story), story, CANDIDATES)) {
        docs.add(sd.doc);
      }
    }
    if (!story.section().isEmpty()) {
      Query same = new TermQuery(new Term(Documents.F_SECTION, story.section()));
      Sort newest = new Sort(new SortField(Documents.PUBLISHED, SortField.Type.LONG, true));
      var newestFirst =
          new TopFieldCollectorManager(newest, SECTION_CANDIDATES, SECTION_CANDIDATES);
      for (ScoreDoc sd : s.search(candidates(same, story), newestFirst).scoreDocs) {
        docs.add(sd.doc);
      }
    }
    Set<String> topics = new HashSet<>(story.topics());
    var stored = s.storedFields();
    Map<Long, double[]> scored = new LinkedHashMap<>(); // id -> {score, published}
    for (int doc : docs) {
      Document hit = stored.document(doc);
      long shared =
          String.valueOf(hit.get(Documents.NAMES))
              .lines()
              .distinct()
              .filter(topics::contains)
              .count();
      boolean sameSection =
          !story.section().isEmpty() && story.section().equals(hit.get(Documents.SECTION_NAME));
      double score =
          PER_TOPIC * shared
              + (sameSection ? SAME_SECTION : 0)
              + WORDS * words.getOrDefault(doc, 0.0);
      long published = hit.getField(Documents.PUBLISHED).numericValue().longValue();
      double days = Math.max(0, Duration.between(Instant.ofEpochMilli(published), now).toDays());
      scored.put(
          Long.parseLong(hit.get(Documents.ID)),
          new double[] {score * Math.pow(0.5, days / HALF_LIFE_DAYS), published});
    }
    return scored.entrySet().stream()
        .sorted(
            Comparator.comparingDouble((Map.Entry<Long, double[]> e) -> -e.getValue()[0])
                .thenComparingDouble(e -> -e.getValue()[1])
                .thenComparingLong(e -> -e.getKey()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The {@code n} best hits of {@code query}. Hits are counted only up to {@code n} (the default
   * counts a thousand), so the search skips what cannot enter the top {@code n} from the start
   * (block-max WAND over the postings), where it read every posting of its common words before: the
   * same hits, fewer read (decision 0111).
   */
  private static ScoreDoc[] best(IndexSearcher s, Query query, int n) throws IOException {
    return s.search(query, new TopScoreDocCollectorManager(n, n)).scoreDocs;
  }

  /** The stories sharing one of this story's topics, scored by the topics they share. */
  static Query anyTopic(Story story) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    story.topics().stream()
        .distinct()
        .forEach(
            t ->
                any.add(new TermQuery(new Term(Documents.F_TOPIC, t)), BooleanClause.Occur.SHOULD));
    return any.build();
  }

  /**
   * More like this story's headline and body, in the language's fields of its document ({@code d},
   * the story's own).
   */
  Query like(IndexSearcher s, Document d, Story story) throws IOException {
    String lang = d.get(Documents.ANALYSIS);
    MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
    mlt.setAnalyzer(analyzer);
    String[] fields = {Analyzers.headline(lang), Analyzers.body(lang)};
    mlt.setFieldNames(fields);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(30);
    long docs = s.getIndexReader().numDocs();
    mlt.setMaxDocFreq((int) Math.max(MIN_DOC_FREQ_BOUND, docs * MAX_DOC_FREQ_PCT / 100));
    mlt.setBoost(true);
    Map<String, Collection<Object>> doc = new HashMap<>();
    doc.put(fields[0], List.of(story.headline()));
    doc.put(fields[1], List.of(story.text()));
    return mlt.like(doc);
  }

  /** {@code query} among public stories other than this one. */
  private static Query candidates(Query query, Story story) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(Queries.publicOnly(), BooleanClause.Occur.FILTER)
        .add(new TermQuery(Documents.key(story.id())), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /**
   * What {@link #candidates(Query, Story)} filters on, alone: the public stories other than this
   * one.
   */
  private static Query publicOtherThan(Story story) {
    return new BooleanQuery.Builder()
        .add(Queries.publicOnly(), BooleanClause.Occur.FILTER)
        .add(new TermQuery(Documents.key(story.id())), BooleanClause.Occur.MUST_NOT)
        .build();
  }
}
