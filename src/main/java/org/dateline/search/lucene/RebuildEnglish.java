package org.dateline.search.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's {@link EnglishAnalyzer} for a rebuild (decision 0114): the same tokens, positions and
 * offsets, with each word's stop-word test and Porter stem looked up once per word instead of once
 * per occurrence. A word already met is one hash look-up (its stem, or "stop"); a new word goes
 * through Lucene's own {@link PorterStemFilter}, whose result is remembered. {@code
 * RebuildEnglishTest} compares both analyzers token by token.
 *
 * <p>Only the rebuild's writer uses it: each indexing thread has its own components (the analyzer
 * reuses them per thread), so the cache needs no lock, and its size is bounded ({@link #WORDS});
 * the server keeps the plain analyzer, so no request thread holds a cache.
 */
final class RebuildEnglish extends StopwordAnalyzerBase {
  /** Words remembered per thread; past it, a new word is stemmed every time (as Lucene does). */
  static final int WORDS = 50_000;

  /** The value a stop word has in the cache. */
  private static final char[] STOP = new char[0];

  RebuildEnglish() {
    super(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    // As EnglishAnalyzer (no stem exclusions): tokenizer, possessives, lower case, stop words,
    // Porter; the stop words and the stems of words met before come from one map.
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new LowerCaseFilter(result);
    CharArrayMap<char[]> words = new CharArrayMap<>(1024, false);
    for (Object stop : stopwords) {
      words.put(stop instanceof char[] chars ? chars : stop.toString().toCharArray(), STOP);
    }
    Lookup lookup = new Lookup(result, words);
    result = new Learn(new PorterStemFilter(lookup), lookup);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /**
   * Drops stop words (a {@link FilteringTokenFilter}, as Lucene's {@code StopFilter}: the same
   * position increments), puts a known word's stem in place and marks it a keyword so the Porter
   * filter after it leaves it alone, and notes a new word for {@link Learn}.
   */
  private static final class Lookup extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final CharArrayMap<char[]> words;
    private char[] pending = new char[16];
    private int pendingLength = -1;

    Lookup(TokenStream in, CharArrayMap<char[]> words) {
      super(in);
      this.words = words;
    }

    @Override
    protected boolean accept() {
      char[] buffer = term.buffer();
      int length = term.length();
      char[] stem = words.get(buffer, 0, length);
      if (stem == STOP) {
        return false;
      }
      if (stem != null) {
        term.copyBuffer(stem, 0, stem.length);
        keyword.setKeyword(true);
      } else if (words.size() < WORDS) {
        if (pending.length < length) {
          pending = new char[length];
        }
        System.arraycopy(buffer, 0, pending, 0, length);
        pendingLength = length;
      }
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pendingLength = -1;
    }
  }

  /** Remembers the stem Lucene's Porter filter gave a new word, and clears the keyword mark. */
  private static final class Learn extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Lookup lookup;

    Learn(TokenStream in, Lookup lookup) {
      super(in);
      this.lookup = lookup;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (lookup.pendingLength >= 0) {
        char[] original = new char[lookup.pendingLength];
        System.arraycopy(lookup.pending, 0, original, 0, original.length);
        char[] stem = new char[term.length()];
        System.arraycopy(term.buffer(), 0, stem, 0, stem.length);
        lookup.words.put(original, stem);
        lookup.pendingLength = -1;
      }
      keyword.setKeyword(false);
      return true;
    }
  }
}
