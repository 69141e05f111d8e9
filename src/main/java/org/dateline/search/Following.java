package org.dateline.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.changelog.ChangeEntry;
import org.dateline.changelog.ChangeLog;
import org.dateline.newsroom.workflow.Stories;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index following the change log and the newsroom's saves, for {@link Search}. Any entry for a
 * story means "re-read it": the story's current state in the store decides what the index holds,
 * whatever the entry's action. Thread-safe: one catch-up runs at a time, on the follower's thread
 * once started.
 */
final class Following implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Following.class);

  private final SearchIndex index;
  private final Articles articles;
  private final ChangeLog changeLog;
  private final RelatedStories related;
  private final Object following = new Object();
  private final AtomicLong catchUps = new AtomicLong();

  /** The newsroom's saves. Guarded by {@code following}. */
  private final DeskFollowing desk;

  private final List<Runnable> applied = new CopyOnWriteArrayList<>();
  private @Nullable ScheduledExecutorService follower;
  private final IndexCommits commits;

  /**
   * The follower's step asked for by this process's latest commit (decision 0128): a search waits
   * for it, the committing request does not. Replaced under {@code asking}, in the order the steps
   * were submitted, so it completes after every step asked for before it.
   */
  private volatile Future<?> asked = CompletableFuture.completedFuture(null);

  private final Object asking = new Object();

  Following(
      SearchIndex index,
      Articles articles,
      ChangeLog changeLog,
      Stories stories,
      RelatedStories related) {
    this.index = index;
    this.articles = articles;
    this.changeLog = changeLog;
    this.desk = new DeskFollowing(index, stories);
    this.related = related;
    this.commits = new IndexCommits(index);
  }

  void onApplied(Runnable listener) {
    applied.add(listener);
  }

  long catchUps() {
    return catchUps.get();
  }

  /** Applies the newsroom's saves now, on the follower's thread (the desk's filter reads next). */
  void followStoriesNow() {
    onFollower(
        () -> {
          synchronized (following) {
            if (desk.follow()) {
              index.refresh();
            }
          }
        });
    commits.soon();
  }

  /** See {@link Search#catchUp}: follows, then commits before it returns. */
  void catchUp() {
    follow();
    index.commit();
  }

  /**
   * Applies the newsroom's saves and every entry after the index's position, a batch at a time,
   * searchable at once: one reader refresh per batch, the saves sharing the first (a publish: one
   * refresh, decision 0110); durable at the next commit (decision 0104).
   */
  private void follow() {
    synchronized (following) {
      boolean unrefreshed = false;
      try {
        if (index.switchToRebuilt()) {
          applied.forEach(Runnable::run);
        }
        unrefreshed = desk.follow();
        while (true) {
          List<ChangeEntry> entries = changeLog.after(index.position(), Search.BATCH);
          if (entries.isEmpty()) {
            return;
          }
          Set<Long> ids = new LinkedHashSet<>();
          entries.forEach(e -> ids.add(e.articleId()));
          List<Article> current = new ArrayList<>();
          List<Long> removed = new ArrayList<>();
          for (long id : ids) {
            Optional<Article> a = articles.find(new ArticleId(id));
            if (a.isPresent()) {
              current.add(a.get());
            } else {
              removed.add(id);
            }
          }
          index.apply(current, removed, entries.get(entries.size() - 1).seq());
          unrefreshed = false;
          index.refresh();
          related.applied(entries);
          applied.forEach(Runnable::run);
          if (entries.size() < Search.BATCH) {
            return;
          }
        }
      } finally {
        if (unrefreshed) {
          index.refresh();
        }
        catchUps.incrementAndGet();
      }
    }
  }

  /** See {@link Search#start}. */
  void start(long pollMillis) {
    related.start();
    follower = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "search-follower"));
    // safeFollow and the commits log their own failures, so the periodic task never ends on one.
    var unused =
        follower.scheduleWithFixedDelay(
            () -> {
              safeFollow();
              commits.soon();
            },
            0,
            pollMillis,
            TimeUnit.MILLISECONDS);
    commits.start();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /**
   * See {@link Search#changed}: applied at once on the follower's thread, unwaited (decision 0128);
   * {@link #awaitAsked} waits for it. Without a started follower (tests, tools), applied here.
   */
  void changed() {
    ScheduledExecutorService f = follower;
    if (f == null || f.isShutdown()) {
      safeFollow();
      commits.soon();
      return;
    }
    try {
      synchronized (asking) {
        asked = f.submit(this::safeFollow);
      }
    } catch (RejectedExecutionException e) {
      return; // closing
    }
    commits.soon();
  }

  /**
   * Waits until the follower has applied every change this process committed before the call, so a
   * search sees what an answered request wrote (decision 0128). Returns at once when it has.
   */
  void awaitAsked() {
    Future<?> step = asked;
    if (!step.isDone()) {
      await(step);
    }
  }

  /**
   * Runs index work on the follower's own thread and waits for it: Lucene's files (its write lock
   * included) are channels that an interrupt of the thread using them closes, and request,
   * scheduler and pool threads do get interrupted. Without a started follower (tests, tools), runs
   * here.
   */
  private void onFollower(Runnable work) {
    ScheduledExecutorService f = follower;
    if (f == null || f.isShutdown()) {
      work.run();
      return;
    }
    Future<?> done;
    try {
      done = f.submit(work);
    } catch (RejectedExecutionException e) {
      return; // closing
    }
    await(done);
  }

  /** Waits for index work on the follower; its failure is logged (the next poll tries again). */
  private static void await(Future<?> work) {
    try {
      work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      LOG.warn("search index work failed", e.getCause());
    }
  }

  private void safeFollow() {
    try {
      follow();
    } catch (RuntimeException e) {
      // The store has the change; the next poll tries again.
      LOG.warn("search index catch-up failed", e);
    }
  }

  /** Stops following (a commit in progress finishes: no interrupt, see onFollower). */
  @Override
  public void close() {
    stop(follower);
    commits.close();
    related.close(); // the index commits what the committer had not as it closes
  }

  private static void stop(@Nullable ExecutorService thread) {
    if (thread != null) {
      thread.shutdown();
      try {
        thread.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
