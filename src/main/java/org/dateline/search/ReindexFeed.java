package org.dateline.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The stories of a rebuild, handed one at a time to its indexing threads from the batches read
 * ahead, and the count of those indexed. There is no barrier between batches: while one thread
 * writes a full buffer to a segment (seconds), the other keeps indexing. Thread-safe.
 */
final class ReindexFeed {
  private final Batches batches;
  private final int reportEvery;
  private final Reindex.Listener listener;
  private final ProgressClock progress;
  private final AtomicLong done = new AtomicLong();
  private List<IndexedStory> batch = List.of();
  private int next;
  private boolean ended;
  private long reported;

  /** How a count becomes a progress report (total and rate). */
  @FunctionalInterface
  interface ProgressClock {
    Reindex.Progress at(long done);
  }

  ReindexFeed(Batches batches, int reportEvery, Reindex.Listener listener, ProgressClock progress) {
    this.batches = batches;
    this.reportEvery = reportEvery;
    this.listener = listener;
    this.progress = progress;
  }

  /**
   * Indexes stories until there are none left, reporting progress every {@code reportEvery} and at
   * the end, then writes what this thread buffered (so the last buffers are written in parallel,
   * not by the commit on one thread). A failure stops the other threads at their next story.
   */
  void indexAll(IndexBuild build) {
    try {
      for (IndexedStory a = take(); a != null; a = take()) {
        build.add(a);
        long n = done.incrementAndGet();
        if (n % reportEvery == 0) {
          report(n);
        }
      }
      // The thread that ends last reports the full count, before the buffers are written.
      report(done.get());
      build.writeBuffered();
    } catch (RuntimeException | Error e) {
      stop();
      throw e;
    }
  }

  /** Stories indexed so far. */
  long done() {
    return done.get();
  }

  /** The next story, or null when there are none left. */
  private synchronized @Nullable IndexedStory take() {
    while (next >= batch.size()) {
      if (ended) {
        return null;
      }
      try {
        batch = batches.next();
      } catch (RuntimeException e) {
        ended = true;
        throw e;
      }
      next = 0;
      if (batch.isEmpty()) {
        ended = true;
        return null;
      }
    }
    return batch.get(next++);
  }

  private synchronized void stop() {
    ended = true;
    batch = List.of();
  }

  private synchronized void report(long n) {
    if (n > reported) {
      reported = n;
      listener.progress(progress.at(n));
    }
  }
}
