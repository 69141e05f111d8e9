package org.dateline.search.lucene;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each word of a query that no public story contains by the closest word
 * of public stories' headlines, summaries and names (Levenshtein, up to two edits, same first
 * letter), straight from the index's terms ({@link Documents#SPELL}, filled by public stories
 * only). A word is known when the spelling words hold it or a public story's text matches it in its
 * language fields (the body's words are there only, decision 0106), so a word of a body is never
 * "corrected". Operators, field names, prefixes and words in scripts without spaces are left alone.
 * Thread-safe.
 */
final class Spelling {
  private static final Pattern WORD =
      Pattern.compile("(?<![\\w:*])([\\p{L}][\\p{L}'’]{3,})(?![\\w:*])");

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Queries queries;

  Spelling(Queries queries) {
    this.queries = queries;
  }

  String correct(String text, IndexSearcher searcher) {
    IndexReader reader = searcher.getIndexReader();
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String word = m.group(1);
      String replacement = word;
      if (!operator(word) && spaced(word)) {
        String lower = word.toLowerCase(Locale.ROOT);
        try {
          Term term = new Term(Documents.SPELL, lower);
          if (reader.docFreq(term) == 0 && !inPublicText(word, searcher)) {
            SuggestWord[] found =
                checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (found.length > 0) {
              replacement = sameCase(word, found[0].string);
              changed = true;
            }
          }
        } catch (IOException e) {
          return text;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return changed ? out.toString() : text;
  }

  /**
   * Whether a public story's headline, body or names match the word as analysed for each language
   * (a word the analysis drops, such as a stop word, counts as known: there is nothing to correct).
   */
  private boolean inPublicText(String word, IndexSearcher searcher) throws IOException {
    Query words = queries.text(QueryParser.escape(word));
    if (words instanceof MatchNoDocsQuery) {
      return true;
    }
    Query q =
        new BooleanQuery.Builder()
            .add(words, BooleanClause.Occur.MUST)
            .add(Queries.publicOnly(), BooleanClause.Occur.FILTER)
            .build();
    return searcher.count(q) > 0;
  }

  private static boolean operator(String word) {
    return word.equals("AND") || word.equals("OR") || word.equals("NOT");
  }

  /** Scripts that separate words with spaces (not Han, Hiragana, Katakana or Hangul). */
  private static boolean spaced(String word) {
    return word.codePoints()
        .mapToObj(UnicodeScript::of)
        .noneMatch(
            s ->
                s == UnicodeScript.HAN
                    || s == UnicodeScript.HIRAGANA
                    || s == UnicodeScript.KATAKANA
                    || s == UnicodeScript.HANGUL);
  }

  private static String sameCase(String original, String suggestion) {
    if (Character.isUpperCase(original.charAt(0))) {
      return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
    }
    return suggestion;
  }
}
