package org.dateline.search;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index's commits, for {@link Following}: what was applied is searchable at once and
 * durable at the next commit, which the {@code search-commit} thread makes {@value #GATHER_MILLIS}
 * ms after it is first asked (decisions 0104, 0121). Thread-safe.
 */
final class IndexCommits implements AutoCloseable {
  /**
   * How long the committer gathers what was applied before it commits it (decision 0121): one
   * commit, and its fsyncs, for the changes of a busy second instead of one per change, so that a
   * publish's own transaction does not queue behind the index's fsyncs on the disk. A crash before
   * it loses nothing: the next start re-applies the change log after the last commit.
   */
  static final long GATHER_MILLIS = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(IndexCommits.class);

  private final SearchIndex index;
  private final AtomicBoolean asked = new AtomicBoolean();
  private volatile @Nullable ScheduledThreadPoolExecutor committer;

  IndexCommits(SearchIndex index) {
    this.index = index;
  }

  /** Commits on a thread of their own from now on (before, {@link #soon} commits at once). */
  void start() {
    ScheduledThreadPoolExecutor c =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "search-commit");
              t.setDaemon(true);
              return t;
            });
    // At close, a commit due later is not waited for: the index commits as it closes.
    c.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    committer = c;
  }

  /**
   * Has the committer commit what was applied {@value #GATHER_MILLIS} ms from now, once for any
   * number of asks made meanwhile; without a started committer (tests, tools), commits here. Once
   * closing, the index commits as it closes: never here, as a request's thread may be interrupted.
   */
  void soon() {
    ScheduledThreadPoolExecutor c = committer;
    if (c == null) {
      now();
      return;
    }
    if (asked.compareAndSet(false, true)) {
      try {
        var unused =
            c.schedule(
                () -> {
                  asked.set(false);
                  now();
                },
                GATHER_MILLIS,
                TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        asked.set(false); // closing: the index commits as it closes
      }
    }
  }

  /** Commits what was applied, here; a failure is logged (the next commit tries again). */
  void now() {
    try {
      index.commit();
    } catch (RuntimeException e) {
      // Applied and searchable; the next commit (or the close) tries again.
      LOG.warn("search index commit failed", e);
    }
  }

  /** Stops the committer (a commit in progress finishes; one due later is left to the close). */
  @Override
  public void close() {
    ScheduledThreadPoolExecutor c = committer;
    if (c != null) {
      c.shutdown();
      try {
        c.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
