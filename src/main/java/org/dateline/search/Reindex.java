package org.dateline.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.dateline.article.Articles;
import org.dateline.changelog.ChangeLog;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;

/**
 * Rebuilds the index from the store, from scratch, into a new index next to the current one; the
 * site keeps answering from the current one until the new one is complete, then switches to it and
 * catches up from the position the new one records.
 */
public final class Reindex {
  private static final int BATCH = 1000;

  private final Articles articles;
  private final IndexedStories indexed;
  private final ChangeLog changeLog;
  private final Stories stories;
  private final Supplier<IndexBuild> builds;
  private final Clock clock;

  public Reindex(
      Articles articles,
      IndexedStories indexed,
      ChangeLog changeLog,
      Stories stories,
      Supplier<IndexBuild> builds,
      Clock clock) {
    this.articles = articles;
    this.indexed = indexed;
    this.changeLog = changeLog;
    this.stories = stories;
    this.builds = builds;
    this.clock = clock;
  }

  /** How far a rebuild got: stories indexed of the total, and the rate so far. */
  public record Progress(long done, long total, double perSecond) {}

  /** Hears of progress after every batch. */
  @FunctionalInterface
  public interface Listener {
    void progress(Progress p);
  }

  /** Rebuilds the index; returns the final progress. */
  public Progress run(Listener listener) {
    Instant start = clock.instant();
    // The position is taken before the first story is read: a change made during the rebuild is
    // applied again by the catch-up after the switch (applying a change twice is harmless).
    long seq = changeLog.latestSeq();
    long storiesSince = clock.millis();
    long total = articles.countAll();
    ExecutorService indexer =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "reindex-indexer");
              t.setDaemon(true);
              return t;
            });
    long done;
    try (IndexBuild build = builds.get();
        Batches batches = new Batches(indexed, BATCH)) {
      // One thread reads the store a batch ahead while two index, taking stories one at a time
      // (the index writer takes documents from several threads at once); decision 0085.
      ReindexFeed feed =
          new ReindexFeed(
              batches, BATCH, listener, n -> new Progress(n, Math.max(total, n), rate(n, start)));
      CompletableFuture<Void> other =
          CompletableFuture.runAsync(() -> feed.indexAll(build), indexer);
      try {
        feed.indexAll(build);
      } finally {
        // Whatever happened here, the other thread stops at its next story: wait for it.
        other.exceptionally(e -> null).join();
      }
      other.join();
      done = feed.done();
      long afterStory = 0;
      while (true) {
        List<Story> batch = stories.after(afterStory, BATCH);
        if (batch.isEmpty()) {
          break;
        }
        batch.forEach(s -> build.addDesk(DeskEntry.of(s)));
        afterStory = batch.get(batch.size() - 1).id();
      }
      build.complete(seq, storiesSince);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      indexer.shutdownNow();
    }
    return new Progress(done, Math.max(total, done), rate(done, start));
  }

  private double rate(long done, Instant start) {
    long millis = Math.max(1, Duration.between(start, clock.instant()).toMillis());
    return done * 1000.0 / millis;
  }
}
