package org.dateline.search.lucene;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dateline.search.SearchQuery;
import org.jspecify.annotations.Nullable;

/**
 * Turns what someone typed into a Lucene query: the classic syntax (phrases, prefixes, AND/OR/NOT,
 * {@code -exclusion}, {@code author:}, {@code section:}, {@code topic:}, {@code headline:}) over
 * every language's headline and body fields and the names, headlines boosted over bodies, all words
 * required; plain words also score as a phrase. Text the syntax cannot read is searched as plain
 * words. The public audience's filter is added here and nowhere else, so no public query can go
 * without it. Thread-safe (a parser per call).
 */
final class Queries {
  static final float HEADLINE_BOOST = 4f;
  static final float NAMES_BOOST = 2f;
  static final float PHRASE_BOOST = 2f;

  private static final Set<String> ALIASES = Set.of("author", "section", "topic", "headline");
  private static final Set<String> FIELDS = Set.of(allFields());

  private final Analyzer analyzer;

  Queries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query for the text and filters; {@code match} is the text part alone (to highlight). */
  record Built(Query query, Query match) {}

  Built build(SearchQuery q) {
    Query match = q.text().isEmpty() ? new MatchAllDocsQuery() : text(q.text());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(match, BooleanClause.Occur.MUST);
    if (q.audience() == SearchQuery.Audience.PUBLIC) {
      b.add(publicOnly(), BooleanClause.Occur.FILTER);
    } else {
      b.add(deskOnly(), BooleanClause.Occur.MUST_NOT);
    }
    filter(b, Documents.F_SECTION, q.section());
    filter(b, Documents.F_AUTHOR, q.author());
    filter(b, Documents.F_TOPIC, q.topic());
    filter(b, Documents.F_LANGUAGE, q.language());
    filter(b, Documents.F_MONTH, q.month());
    q.edition().ifPresent(e -> b.add(edition(e), BooleanClause.Occur.FILTER));
    return new Built(b.build(), match);
  }

  /**
   * One edition's stories (decision 0077); with {@code withUnmarked}, also those indexed before
   * documents named their edition (until {@code ./dateline reindex}).
   */
  static Query edition(SearchQuery.EditionFilter e) {
    Query own = new TermQuery(new Term(Documents.F_EDITION, e.code()));
    if (!e.withUnmarked()) {
      return own;
    }
    BooleanQuery.Builder unmarked = new BooleanQuery.Builder();
    unmarked.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    unmarked.add(
        new org.apache.lucene.search.FieldExistsQuery(Documents.F_EDITION),
        BooleanClause.Occur.MUST_NOT);
    return new BooleanQuery.Builder()
        .add(own, BooleanClause.Occur.SHOULD)
        .add(unmarked.build(), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** Only stories that are public now. */
  static Query publicOnly() {
    return new TermQuery(new Term(Documents.STATE, Documents.PUBLISHED_STATE));
  }

  /** The newsroom's working copies (the desk's search), never public. */
  static Query deskOnly() {
    return new TermQuery(new Term(Documents.STATE, Documents.STORY_STATE));
  }

  /**
   * The desk's query: the words (parsed once by the caller, {@link #text}) over the newsroom's
   * stories, of one owner, stage and section.
   */
  static Query desk(org.dateline.search.DeskSearch q, Query words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(words, BooleanClause.Occur.MUST);
    b.add(deskOnly(), BooleanClause.Occur.FILTER);
    q.owner()
        .ifPresent(
            o ->
                b.add(
                    new TermQuery(new Term(Documents.OWNER, Long.toString(o))),
                    BooleanClause.Occur.FILTER));
    filter(b, Documents.F_SECTION, q.section());
    filter(b, Documents.STAGE, q.stage());
    return b.build();
  }

  /**
   * The desk's public part: the same words over the stories public now, of the section; scored as a
   * reader's search scores them (the filters do not score).
   */
  static Query deskPublic(org.dateline.search.DeskSearch q, Query words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(words, BooleanClause.Occur.MUST);
    b.add(publicOnly(), BooleanClause.Occur.FILTER);
    filter(b, Documents.F_SECTION, q.section());
    return b.build();
  }

  /**
   * What {@link #deskPublic} filters on, alone: the stories public now, of the section. The desk
   * searches the words alone and keeps the hits this matches, when no section is chosen ({@link
   * FilteredTop}, decision 0133): the same hits in the same order as {@link #deskPublic}.
   */
  static Query deskPublicFilter(org.dateline.search.DeskSearch q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(publicOnly(), BooleanClause.Occur.FILTER);
    filter(b, Documents.F_SECTION, q.section());
    return b.build();
  }

  private static void filter(BooleanQuery.Builder b, String field, Optional<String> value) {
    value.ifPresent(v -> b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.FILTER));
  }

  /** The text as a query; syntax errors fall back to the plain words. */
  Query text(String text) {
    Query parsed;
    try {
      parsed = parser().parse(text);
    } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
      try {
        parsed = parser().parse(QueryParser.escape(text));
      } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses again) {
        return new MatchNoDocsQuery("unreadable query");
      }
    }
    if (parsed == null) {
      return new MatchNoDocsQuery("no words");
    }
    if (parsed instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      // Only exclusions ("-korea"): everything else.
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bq.clauses().forEach(all::add);
      return all.build();
    }
    if (plainWords(text)) {
      try {
        Query phrase = parser().parse("\"" + QueryParser.escape(text) + "\"");
        if (phrase != null) {
          return new BooleanQuery.Builder()
              .add(parsed, BooleanClause.Occur.MUST)
              .add(new BoostQuery(phrase, PHRASE_BOOST), BooleanClause.Occur.SHOULD)
              .build();
        }
      } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
        return parsed;
      }
    }
    return parsed;
  }

  /** Two or more words and nothing else: no quotes, operators, fields or wildcards. */
  static boolean plainWords(String text) {
    String t = text.strip();
    return t.contains(" ")
        && !t.matches(".*[\"*?:~^()\\[\\]{}+\\-!\\\\/].*")
        && !t.matches(".*\\b(AND|OR|NOT)\\b.*");
  }

  private Parser parser() {
    Parser p = new Parser(analyzer);
    p.setDefaultOperator(QueryParser.Operator.AND);
    p.setAllowLeadingWildcard(false);
    return p;
  }

  private static String[] allFields() {
    String[] fields = new String[Analyzers.LANGUAGES.size() * 2 + 1];
    int i = 0;
    for (String l : Analyzers.LANGUAGES) {
      fields[i++] = Analyzers.headline(l);
      fields[i++] = Analyzers.body(l);
    }
    fields[i] = Documents.NAMES;
    return fields;
  }

  private static Map<String, Float> boosts() {
    Map<String, Float> boosts = new HashMap<>();
    for (String l : Analyzers.LANGUAGES) {
      boosts.put(Analyzers.headline(l), HEADLINE_BOOST);
      boosts.put(Analyzers.body(l), 1f);
    }
    boosts.put(Documents.NAMES, NAMES_BOOST);
    return boosts;
  }

  /**
   * The classic parser over the language fields; {@code author:}, {@code section:} and {@code
   * topic:} search their own fields, {@code headline:} the headlines of every language, and any
   * other {@code word:} is read as words.
   */
  private static final class Parser extends MultiFieldQueryParser {
    Parser(Analyzer analyzer) {
      super(allFields(), analyzer, boosts());
    }

    @Override
    protected @Nullable Query getFieldQuery(
        @Nullable String field, String queryText, boolean quoted) throws ParseException {
      if ("headline".equals(field)) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        for (String l : Analyzers.LANGUAGES) {
          Query q = super.getFieldQuery(Analyzers.headline(l), queryText, quoted);
          if (q != null) {
            any.add(q, BooleanClause.Occur.SHOULD);
            n++;
          }
        }
        return n == 0 ? null : any.build();
      }
      return super.getFieldQuery(known(field), words(field, queryText), quoted);
    }

    @Override
    protected @Nullable Query getFieldQuery(@Nullable String field, String queryText, int slop)
        throws ParseException {
      if ("headline".equals(field)) {
        return getFieldQuery(field, queryText, true);
      }
      return super.getFieldQuery(known(field), words(field, queryText), slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return super.getPrefixQuery(known(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return super.getWildcardQuery(known(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      return super.getFuzzyQuery(known(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      throw new ParseException("ranges are not searched");
    }

    /** The field to search: null (every text field) unless it is one people use. */
    private static @Nullable String known(@Nullable String field) {
      return field != null && (ALIASES.contains(field) || FIELDS.contains(field)) ? field : null;
    }

    /** An unknown {@code word:} prefix is part of the words. */
    private static String words(@Nullable String field, String text) {
      return known(field) != null || field == null ? text : field + " " + text;
    }
  }
}
