package org.dateline.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.dateline.search.SearchResults.Span;

/**
 * Shows why a story matched: its headline and the best passages of its text with the matching words
 * marked. The highlighter marks with two private-use characters (removed from every stored text),
 * and the result is split into plain-text spans: no markup is ever built from stored text, the
 * templates escape it. Thread-safe (a highlighter per call).
 */
final class Snippets {
  static final char OPEN = '\uE000';
  static final char CLOSE = '\uE001';

  /** About how long a passage is, in characters. */
  static final int PASSAGE = 160;

  /** How much of a story's text without a match is shown. */
  static final int LEAD = 220;

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The headline, the words that matched marked. */
  List<Span> headline(Query query, String lang, String headline) {
    String field = Analyzers.headline(lang);
    QueryScorer scorer = new QueryScorer(query, field);
    Highlighter h = highlighter(scorer);
    h.setTextFragmenter(new NullFragmenter());
    String marked = best(h, field, headline, 1);
    return spans(marked.isEmpty() ? headline : marked);
  }

  /** Up to two passages of the text with the words that matched marked, or its beginning. */
  List<Span> passages(Query query, String lang, String text) {
    String field = Analyzers.body(lang);
    QueryScorer scorer = new QueryScorer(query, field);
    Highlighter h = highlighter(scorer);
    h.setTextFragmenter(new SimpleSpanFragmenter(scorer, PASSAGE));
    String marked = best(h, field, text, 2);
    if (marked.isEmpty()) {
      return List.of(new Span(lead(text), false));
    }
    return spans(marked);
  }

  private static Highlighter highlighter(QueryScorer scorer) {
    return new Highlighter(
        new SimpleHTMLFormatter(String.valueOf(OPEN), String.valueOf(CLOSE)), scorer);
  }

  private String best(Highlighter h, String field, String text, int fragments) {
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      String[] found = h.getBestFragments(tokens, text, fragments);
      List<String> kept = new ArrayList<>();
      for (String f : found) {
        if (f.indexOf(OPEN) >= 0) {
          kept.add(f.strip());
        }
      }
      return String.join(" … ", kept);
    } catch (IOException | InvalidTokenOffsetsException e) {
      return "";
    }
  }

  private static String lead(String text) {
    String flat = text.replace('\n', ' ');
    if (flat.length() <= LEAD) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', LEAD);
    return flat.substring(0, cut > LEAD / 2 ? cut : LEAD) + " …";
  }

  /** Splits marked text into spans. */
  static List<Span> spans(String marked) {
    List<Span> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inMark = false;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == OPEN || c == CLOSE) {
        if (current.length() > 0) {
          out.add(new Span(current.toString().replace('\n', ' '), inMark));
          current.setLength(0);
        }
        inMark = c == OPEN;
      } else {
        current.append(c);
      }
    }
    if (current.length() > 0) {
      out.add(new Span(current.toString().replace('\n', ' '), inMark));
    }
    return out;
  }
}
