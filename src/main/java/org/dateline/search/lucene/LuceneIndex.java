package org.dateline.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.dateline.article.Article;
import org.dateline.search.DeskEntry;
import org.dateline.search.DeskHits;
import org.dateline.search.DeskSearch;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.search.Suggestion;

/**
 * The Lucene search index of one server: writes under this process's write lock, searches
 * near-real-time (what was applied is searchable at the next {@link #refresh}), commits the
 * change-log position when asked ({@link #commit}, apart from applying: decision 0104), and
 * switches to a rebuilt generation when {@code current} names one. Thread-safe: {@link #apply},
 * {@link #refresh} and {@link #switchToRebuilt} are serialized; a commit runs beside them; searches
 * run in parallel on acquired searchers.
 */
final class LuceneIndex implements SearchIndex {
  private static final Sort NEWEST =
      new Sort(
          new SortField(Documents.PUBLISHED, SortField.Type.LONG, true),
          new SortField(Documents.ID_SORT, SortField.Type.LONG, true));
  private static final Sort RELEVANCE =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(Documents.PUBLISHED, SortField.Type.LONG, true),
          new SortField(Documents.ID_SORT, SortField.Type.LONG, true));

  private final IndexFolders folders;
  private final ZoneId zone;
  private final Clock clock;
  private final Analyzer analyzer = Analyzers.perField();
  private final FacetsConfig facetsConfig = Documents.facets();
  private final Queries queries = new Queries(analyzer);
  private final Snippets snippets = new Snippets(analyzer);
  private final Spelling spelling = new Spelling(queries);
  private volatile Generation gen;
  private volatile long position;

  /** {@link #position} as of the last reader refresh: what searches see. */
  private volatile long searchedPosition;

  private volatile long storiesSince;

  /** Whether something was applied since the last commit. Guarded by {@code this}. */
  private boolean uncommitted;

  /** Serializes {@link #commit}s (taken before, never inside, this object's monitor). */
  private final Object committing = new Object();

  LuceneIndex(IndexFolders folders, ZoneId zone, Clock clock) {
    this.folders = folders;
    this.zone = zone;
    this.clock = clock;
    folders.removeLeftovers();
    this.gen = Generation.openCurrent(folders, analyzer, facetsConfig);
    this.position = gen.committed(Generation.SEQ);
    this.searchedPosition = position;
    this.storiesSince = gen.committed(Generation.STORIES);
  }

  @Override
  public long storiesSince() {
    return storiesSince;
  }

  @Override
  public synchronized void applyDesk(Collection<DeskEntry> entries, long since) {
    Generation g = gen;
    try {
      for (DeskEntry e : entries) {
        g.writer.updateDocument(Documents.deskKey(e.storyId()), Documents.ofDesk(e));
      }
      storiesSince = since;
      uncommitted = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Both parts of the desk's filter from one parse of the words: top hits' ids (decision 0103),
   * counting no more hits than it lists (decision 0109): past them the newsroom's search (newest
   * change first) skips by the points of the change time, the public one (best first, equal scores
   * in the index's order) by block-max WAND; without a section, by Lucene's MaxScore over the words
   * alone, the public filter asked only about the documents that could enter the top (decision
   * 0133: the same hits as the conjunction, {@code DeskPublicHitsTest}). A section is a selective
   * filter, which leads the conjunction better than it follows the words.
   */
  @Override
  public DeskHits desk(DeskSearch q) {
    Query words = queries.text(q.text());
    Query newsroom = Queries.desk(q, words);
    // Every public story is a dense filter, asked only at collection; a section leads (0133).
    Query publicFilter = Queries.deskPublicFilter(q);
    Query publicQuery = Queries.deskPublic(q, words);
    int n = q.limit();
    int p = q.publicLimit();
    return read(
        s ->
            new DeskHits(
                n == 0 ? List.of() : HitIds.of(s, s.search(newsroom, topNewest(n))),
                p == 0
                    ? List.of()
                    : HitIds.of(
                        s,
                        q.section().isPresent()
                            ? s.search(publicQuery, new TopScoreDocCollectorManager(p, p))
                            : FilteredTop.search(s, words, publicFilter, p))));
  }

  private static TopFieldCollectorManager topNewest(int n) {
    return new TopFieldCollectorManager(NEWEST, n, null, n);
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public long searchedPosition() {
    return searchedPosition;
  }

  @Override
  public synchronized void apply(Collection<Article> current, Collection<Long> removed, long seq) {
    Generation g = gen;
    try {
      for (Article a : current) {
        g.writer.updateDocument(
            Documents.key(a.id().value()), facetsConfig.build(Documents.of(a, zone)));
      }
      for (long id : removed) {
        g.writer.deleteDocuments(Documents.key(id));
      }
      position = seq;
      uncommitted = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One reader refresh for what was applied since the last (decision 0110). */
  @Override
  public synchronized void refresh() {
    try {
      long applied = position; // applies wait for this monitor: the reader gets all up to it
      gen.searchers.maybeRefreshBlocking();
      searchedPosition = applied;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Commits what was applied with both positions, outside this object's monitor: searches and the
   * next apply (which only need the near-real-time reader) do not wait for the commit's fsyncs
   * (decision 0104). The positions are read together with the generation, after the documents they
   * cover were written, so a commit never records more than it holds.
   */
  @Override
  public void commit() {
    synchronized (committing) {
      Generation g;
      long seq;
      long since;
      synchronized (this) {
        if (!uncommitted) {
          return;
        }
        uncommitted = false;
        g = gen;
        seq = position;
        since = storiesSince;
      }
      try {
        g.commit(seq, since);
      } catch (AlreadyClosedException e) {
        // Switched to a rebuilt generation meanwhile: the old one committed as it closed.
      } catch (IOException e) {
        retryLater();
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        retryLater();
        throw e;
      }
    }
  }

  private synchronized void retryLater() {
    uncommitted = true;
  }

  @Override
  public synchronized boolean switchToRebuilt() {
    String name = folders.current();
    Generation old = gen;
    if (name.equals(old.name)) {
      return false;
    }
    Generation next = Generation.open(folders, name, analyzer, facetsConfig);
    gen = next;
    position = next.committed(Generation.SEQ);
    searchedPosition = position;
    storiesSince = next.committed(Generation.STORIES);
    old.close();
    folders.removeIfUnused(old.name);
    return true;
  }

  /** Runs a read on an acquired searcher; once more on the new one if a switch closed it. */
  <T> T read(SearcherWork<T> work) {
    for (int attempt = 0; ; attempt++) {
      Generation g = gen;
      Generation.FacetSearcher s;
      try {
        s = (Generation.FacetSearcher) g.searchers.acquire();
      } catch (AlreadyClosedException e) {
        if (attempt > 2) {
          throw e;
        }
        continue;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        return work.run(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        try {
          g.searchers.release(s);
        } catch (IOException | AlreadyClosedException e) {
          // The generation was switched away; its reader closes with its last user.
        }
      }
    }
  }

  @Override
  public SearchResults search(SearchQuery q, Texts texts) {
    Queries.Built built = queries.build(q);
    int n = q.page() * q.pageSize();
    Sort sort = q.order() == SearchQuery.Order.NEWEST ? NEWEST : RELEVANCE;
    return read(s -> ResultPage.read(s, built, q, n, sort, texts, snippets));
  }

  @Override
  public String correct(String text) {
    return read(s -> spelling.correct(text, s));
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit) {
    return read(s -> new Suggestions(queries).find(s, prefix, limit));
  }

  @Override
  public List<Long> related(Article article, int limit) {
    Related.Story story = Related.Story.of(article);
    return read(s -> new Related(analyzer).find(s, story, limit, clock.instant()));
  }

  @Override
  public void close() {
    try {
      commit();
    } finally {
      synchronized (this) {
        gen.close();
      }
    }
  }
}
