package org.dateline.search;

/**
 * Port: a new index being built from scratch next to the one in use, which keeps answering until
 * {@link #complete} makes the new one current. {@link #add}, {@link #addDesk} and {@link
 * #writeBuffered} may be called from several threads at once; {@link #complete} and {@link #close}
 * from one thread, after them.
 */
public interface IndexBuild extends AutoCloseable {
  /** Adds a stored story's document. */
  void add(IndexedStory story);

  void addDesk(DeskEntry entry);

  /**
   * Writes stories buffered in memory to the new index's files (still uncommitted): each indexing
   * thread calls it when it runs out of stories, so the last buffers are written in parallel.
   */
  void writeBuffered();

  /**
   * Commits the new index at change-log position {@code seq} and newsroom time {@code
   * storiesSince}, and makes it the current one.
   */
  void complete(long seq, long storiesSince);

  /** Abandons the build unless it completed. */
  @Override
  void close();
}
