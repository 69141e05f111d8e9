package org.dateline.search.lucene;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.dateline.article.Article;
import org.dateline.article.ArticleState;
import org.dateline.article.Block;
import org.dateline.search.IndexedStory;

/**
 * The one place that maps a story to its Lucene document (STYLE: "one place maps an article to a
 * Lucene document, a comment per field; upsert by id"). Every stored story has a document, whatever
 * its state; the public query filters on {@link #STATE}.
 */
final class Documents {
  /** The article id, as text: the key a change replaces the document by. */
  static final String ID = "id";

  /** The article id as a number, to break ties between equally new stories. */
  static final String ID_SORT = "id_sort";

  /** The story's state in the store: published, embargoed or killed. */
  static final String STATE = "state";

  static final String PUBLISHED_STATE = ArticleState.PUBLISHED.name().toLowerCase(Locale.ROOT);

  /** The state of a newsroom story's document (the desk's search); never public. */
  static final String STORY_STATE = "story";

  /** A newsroom story's stage, and who wrote it (reporters find only their own). */
  static final String STAGE = "stage";

  static final String OWNER = "owner";

  /** First publication, epoch milliseconds: point (ranges), doc value (sort) and stored. */
  static final String PUBLISHED = "published";

  /** The language tag as stored, and which language's fields hold the text. */
  static final String LANG = "lang";

  static final String ANALYSIS = "analysis";

  /**
   * Stored for display: slug, headline, section name. The body is not stored (decision 0094): a
   * result's snippet is highlighted from the story's text in the store, which keeps the index about
   * half as large and spares the rebuild compressing every story's text.
   */
  static final String SLUG = "slug";

  static final String HEADLINE = "headline";
  static final String SECTION_NAME = "section_name";

  /** Bylines and topics, one text field (std analysis), stored for related stories. */
  static final String NAMES = "names";

  /** What {@code author:}, {@code section:} and {@code topic:} search (std analysis). */
  static final String AUTHOR = "author";

  static final String SECTION = "section";
  static final String TOPIC = "topic";

  /** Exact values, for the filters chosen from the facets. */
  static final String F_SECTION = "f_section";

  static final String F_AUTHOR = "f_author";
  static final String F_TOPIC = "f_topic";
  static final String F_LANGUAGE = "f_language";
  static final String F_EDITION = "f_edition";
  static final String F_MONTH = "f_month";

  /** Facet dimensions (sorted-set doc values, no taxonomy index). */
  static final String DIM_SECTION = "section";

  static final String DIM_AUTHOR = "author";
  static final String DIM_TOPIC = "topic";
  static final String DIM_LANGUAGE = "language";
  static final String DIM_MONTH = "month";

  /**
   * Lower-cased words of public stories only, for spelling corrections and as-you-type suggestions:
   * an embargoed story's words are never suggested. Since decision 0106 the headline, the summary
   * and the names only, not the body (the body had most of its tokens and cost about a fifth of the
   * rebuild): {@link Spelling} and {@link Suggestions} find a body's words in the language fields.
   */
  static final String SPELL = "spell";

  /**
   * The spelling words are looked up as terms and as prefixes, never as phrases or by frequency
   * within a story: no positions, no frequencies, no length norms (less to write, a smaller index).
   */
  private static final FieldType SPELL_TYPE = spellType();

  private static FieldType spellType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

  private Documents() {}

  static FacetsConfig facets() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(DIM_AUTHOR, true);
    config.setMultiValued(DIM_TOPIC, true);
    // The facets' drill-down terms stay indexed although nothing searches them: an index written
    // with them refuses documents without them (Lucene: "cannot change field $facets from index
    // options=DOCS to … NONE"), so dropping them needs a new index schema and a rebuild on
    // upgrade (decision 0114's addendum).
    return config;
  }

  static Term key(long articleId) {
    return new Term(ID, Long.toString(articleId));
  }

  static Term deskKey(long storyId) {
    return new Term(ID, "s" + storyId);
  }

  /**
   * The desk's document of a newsroom story (any stage, complete or not): its words in the field of
   * its language, its stage, owner and section; no facets, no spelling words.
   */
  static Document ofDesk(org.dateline.search.DeskEntry e) {
    Document d = new Document();
    d.add(new StringField(ID, "s" + e.storyId(), Field.Store.YES));
    d.add(new NumericDocValuesField(ID_SORT, e.storyId()));
    d.add(new StringField(STATE, STORY_STATE, Field.Store.YES));
    d.add(new StringField(STAGE, e.stage(), Field.Store.YES));
    d.add(new StringField(OWNER, Long.toString(e.ownerId()), Field.Store.NO));
    // The last change, in the fields of first publication (one schema per field in an index).
    d.add(new LongPoint(PUBLISHED, e.updatedAt().toEpochMilli()));
    d.add(new NumericDocValuesField(PUBLISHED, e.updatedAt().toEpochMilli()));
    String lang = Analyzers.of(e.language());
    StringBuilder b = new StringBuilder();
    line(b, e.summary());
    appendBody(b, IndexedStory.pieces(e.body()));
    d.add(new TextField(Analyzers.headline(lang), clean(e.headline()), Field.Store.NO));
    d.add(new TextField(Analyzers.body(lang), clean(b.toString()), Field.Store.NO));
    d.add(new TextField(NAMES, String.join("\n", e.names()), Field.Store.NO));
    if (!e.section().isEmpty()) {
      d.add(new TextField(SECTION, e.section(), Field.Store.NO));
      d.add(new StringField(F_SECTION, e.section(), Field.Store.NO));
    }
    return d;
  }

  /** The document of a story as it is now; months are of the edition's time zone. */
  static Document of(Article a, ZoneId zone) {
    return of(IndexedStory.of(a), zone);
  }

  /**
   * The document of a story as the index takes it (decision 0122: the rebuild reads it from the
   * store's columns, a change's update from the article it holds).
   */
  static Document of(IndexedStory a, ZoneId zone) {
    Document d = new Document();
    String id = Long.toString(a.id());
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new NumericDocValuesField(ID_SORT, a.id()));
    String state = a.state().name().toLowerCase(Locale.ROOT);
    d.add(new StringField(STATE, state, Field.Store.YES));
    long published = a.firstPublishedAt().toEpochMilli();
    d.add(new LongPoint(PUBLISHED, published));
    d.add(new NumericDocValuesField(PUBLISHED, published));
    d.add(new StoredField(PUBLISHED, published));
    String language = a.language();
    String lang = Analyzers.of(language);
    d.add(new StringField(LANG, language, Field.Store.YES));
    d.add(new StoredField(ANALYSIS, lang));
    d.add(new StoredField(SLUG, a.slug()));
    String headline = clean(a.headline());
    String text = plainText(a.summary(), a.body());
    d.add(new StoredField(HEADLINE, headline));
    d.add(new TextField(Analyzers.headline(lang), headline, Field.Store.NO));
    d.add(new TextField(Analyzers.body(lang), text, Field.Store.NO));
    List<String> names = new ArrayList<>();
    for (String author : a.authors()) {
      names.add(author);
      d.add(new TextField(AUTHOR, author, Field.Store.NO));
      d.add(new StringField(F_AUTHOR, author, Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(DIM_AUTHOR, author));
    }
    for (String tag : a.tags()) {
      names.add(tag);
      d.add(new TextField(TOPIC, tag, Field.Store.NO));
      d.add(new StringField(F_TOPIC, tag, Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(DIM_TOPIC, tag));
    }
    String joined = String.join("\n", names);
    d.add(new TextField(NAMES, joined, Field.Store.YES));
    a.section()
        .ifPresent(
            s -> {
              d.add(new StoredField(SECTION_NAME, s));
              d.add(new TextField(SECTION, s, Field.Store.NO));
              d.add(new StringField(F_SECTION, s, Field.Store.NO));
              d.add(new SortedSetDocValuesFacetField(DIM_SECTION, s));
            });
    d.add(new StringField(F_LANGUAGE, language, Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(DIM_LANGUAGE, language));
    // The story's edition (decision 0077), a filter of each edition's search; also as doc values,
    // so a document indexed before this field existed can be told apart (FieldExistsQuery).
    d.add(new StringField(F_EDITION, a.edition(), Field.Store.NO));
    d.add(new SortedDocValuesField(F_EDITION, new BytesRef(a.edition())));
    String month = MONTH.format(a.firstPublishedAt().atZone(zone));
    d.add(new StringField(F_MONTH, month, Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(DIM_MONTH, month));
    if (a.isPublic()) {
      String summary = clean(a.summary());
      d.add(new Field(SPELL, headline + "\n" + summary + "\n" + joined, SPELL_TYPE));
    }
    return d;
  }

  /** The summary and the body as plain text, block by block: what the body fields index. */
  static String text(Article a) {
    return text(a.content().summary(), a.content().body());
  }

  /**
   * The same of a summary and body read from the store for a result's snippet: the text the body
   * field indexed, so the highlighter finds the words the query matched.
   */
  static String text(String summary, List<Block> body) {
    return plainText(summary, IndexedStory.pieces(body));
  }

  private static String plainText(String summary, List<IndexedStory.Piece> body) {
    StringBuilder b = new StringBuilder();
    line(b, summary);
    appendBody(b, body);
    return clean(b.toString());
  }

  private static void appendBody(StringBuilder b, List<IndexedStory.Piece> body) {
    for (IndexedStory.Piece piece : body) {
      line(b, piece.markup() ? PlainText.plain(piece.text()) : piece.text());
    }
  }

  private static void line(StringBuilder b, String s) {
    if (!s.isEmpty()) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(s);
    }
  }

  /** The highlighter's marks are private-use characters: none may come from the story. */
  static String clean(String s) {
    return s.replace(Snippets.OPEN, ' ').replace(Snippets.CLOSE, ' ');
  }
}
