package org.dateline.search.lucene;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.dateline.search.Suggestion;
import org.jspecify.annotations.Nullable;

/**
 * As-you-type suggestions from public stories only: the headlines of the best matches (every word
 * typed, the last one as a prefix), and the topics and people of all matches whose names start like
 * what was typed, most frequent first.
 */
final class Suggestions {
  private static final int NAMES = 3;
  private static final Sort BEST =
      new Sort(
          SortField.FIELD_SCORE, new SortField(Documents.PUBLISHED, SortField.Type.LONG, true));

  private final Queries queries;

  Suggestions(Queries queries) {
    this.queries = queries;
  }

  List<Suggestion> find(Generation.FacetSearcher s, String prefix, int limit) throws IOException {
    String lower = prefix.toLowerCase(Locale.ROOT).strip();
    Query match = unspaced(lower) ? queries.text(prefix) : words(lower);
    if (match == null) {
      return List.of();
    }
    Query q =
        new BooleanQuery.Builder()
            .add(match, BooleanClause.Occur.MUST)
            .add(Queries.publicOnly(), BooleanClause.Occur.FILTER)
            .build();
    FacetsCollectorManager.FacetsResult r =
        FacetsCollectorManager.search(s, q, limit, BEST, true, new FacetsCollectorManager());
    List<Suggestion> out = new ArrayList<>();
    SortedSetDocValuesReaderState facets = s.facets();
    if (facets != null) {
      names(facets, r.facetsCollector(), Documents.DIM_TOPIC, Suggestion.Kind.TOPIC, lower, out);
      names(facets, r.facetsCollector(), Documents.DIM_AUTHOR, Suggestion.Kind.PERSON, lower, out);
    }
    var stored = s.storedFields();
    for (ScoreDoc sd : r.topDocs().scoreDocs) {
      Document d = stored.document(sd.doc);
      out.add(
          new Suggestion(
              Suggestion.Kind.STORY,
              d.get(Documents.HEADLINE),
              Long.parseLong(d.get(Documents.ID)),
              d.get(Documents.SLUG)));
    }
    return out;
  }

  /**
   * Every word but the last as a word of a public story, the last as the start of one: a word of
   * its headline, summary or names ({@link Documents#SPELL}, as typed) or of its text as its
   * language's analysis reads it (the body's words are there only, decision 0106). An English stop
   * word before the last word narrows nothing (the English fields do not hold it). Every match
   * scores the same, so the newest stories come first.
   */
  private @Nullable Query words(String lower) {
    String[] words = lower.split("[^\\p{L}\\p{N}]+");
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      boolean last = i == words.length - 1;
      if (word.isEmpty() || (!last && EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word))) {
        continue;
      }
      Term t = new Term(Documents.SPELL, word);
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      any.add(last ? new PrefixQuery(t) : new TermQuery(t), BooleanClause.Occur.SHOULD);
      Query analysed = queries.text(word);
      if (!(analysed instanceof MatchNoDocsQuery)) {
        any.add(analysed, BooleanClause.Occur.SHOULD);
      }
      if (last) {
        for (String lang : Analyzers.LANGUAGES) {
          any.add(
              new PrefixQuery(new Term(Analyzers.body(lang), word)), BooleanClause.Occur.SHOULD);
        }
      }
      b.add(any.build(), BooleanClause.Occur.MUST);
      n++;
    }
    return n == 0 ? null : new ConstantScoreQuery(b.build());
  }

  private static void names(
      SortedSetDocValuesReaderState facets,
      FacetsCollector fc,
      String dim,
      Suggestion.Kind kind,
      String lower,
      List<Suggestion> out)
      throws IOException {
    Facets counts = new SortedSetDocValuesFacetCounts(facets, fc);
    FacetResult r;
    try {
      r = counts.getTopChildren(50, dim);
    } catch (IllegalArgumentException e) {
      return;
    }
    if (r == null) {
      return;
    }
    int added = 0;
    for (LabelAndValue lv : r.labelValues) {
      String label = lv.label.toLowerCase(Locale.ROOT);
      if (added < NAMES && (label.startsWith(lower) || label.contains(" " + lower))) {
        out.add(new Suggestion(kind, lv.label, 0, ""));
        added++;
      }
    }
  }

  private static boolean unspaced(String text) {
    return text.codePoints()
        .mapToObj(UnicodeScript::of)
        .anyMatch(
            sc ->
                sc == UnicodeScript.HAN
                    || sc == UnicodeScript.HIRAGANA
                    || sc == UnicodeScript.KATAKANA
                    || sc == UnicodeScript.HANGUL);
  }
}
