package org.dateline;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dateline.article.Article;
import org.dateline.search.DeskEntry;
import org.dateline.search.DeskHits;
import org.dateline.search.DeskSearch;
import org.dateline.search.SearchIndex;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.search.Suggestion;

/**
 * The search index while a start opens it on another thread (decision 0112): every call waits for
 * the open index, then goes to it, so a request that needs search waits instead of failing while
 * the requests that need none (the home page, most lists) are answered meanwhile. Thread-safe as
 * the index it opens.
 */
final class OpeningIndex implements SearchIndex {
  private final CompletableFuture<SearchIndex> opening;

  OpeningIndex(CompletableFuture<SearchIndex> opening) {
    this.opening = opening;
  }

  /** The open index; the failure to open it (a locked folder, a broken index) as it was thrown. */
  private SearchIndex index() {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public long position() {
    return index().position();
  }

  @Override
  public long searchedPosition() {
    return index().searchedPosition();
  }

  @Override
  public void apply(Collection<Article> current, Collection<Long> removed, long seq) {
    index().apply(current, removed, seq);
  }

  @Override
  public long storiesSince() {
    return index().storiesSince();
  }

  @Override
  public void applyDesk(Collection<DeskEntry> entries, long since) {
    index().applyDesk(entries, since);
  }

  @Override
  public void refresh() {
    index().refresh();
  }

  @Override
  public void commit() {
    index().commit();
  }

  @Override
  public DeskHits desk(DeskSearch query) {
    return index().desk(query);
  }

  @Override
  public SearchResults search(SearchQuery query, Texts texts) {
    return index().search(query, texts);
  }

  @Override
  public String correct(String text) {
    return index().correct(text);
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit) {
    return index().suggest(prefix, limit);
  }

  @Override
  public List<Long> related(Article article, int limit) {
    return index().related(article, limit);
  }

  @Override
  public boolean switchToRebuilt() {
    return index().switchToRebuilt();
  }

  /** Closes the index once it is open; nothing to close when it never opened. */
  @Override
  public void close() {
    SearchIndex open;
    try {
      open = opening.join();
    } catch (CompletionException | CancellationException e) {
      return;
    }
    open.close();
  }
}
