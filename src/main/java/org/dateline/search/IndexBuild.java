package org.dateline.search;

import org.dateline.article.Article;

/**
 * Port: a new index being built from scratch next to the one in use, which keeps answering until
 * {@link #complete} makes the new one current.
 */
public interface IndexBuild extends AutoCloseable {
  void add(Article article);

  void addDesk(DeskEntry entry);

  /**
   * Commits the new index at change-log position {@code seq} and newsroom time {@code
   * storiesSince}, and makes it the current one.
   */
  void complete(long seq, long storiesSince);

  /** Abandons the build unless it completed. */
  @Override
  void close();
}
