package org.dateline.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.dateline.Wiring;
import org.dateline.article.ArticleId;
import org.dateline.storage.Database;
import org.dateline.storage.Transactions;
import org.dateline.testing.TestStore;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A follower of the change log (page caches, the wire, the search index, the webhook outbox) keeps
 * one position, the last sequence number it applied, and reads what comes after it. On PostgreSQL a
 * sequence number is drawn when the row is inserted, not when it commits, so without care a later
 * transaction could commit a higher number while an earlier one still holds a lower one: the
 * follower would pass the lower number and never read it. Two transactions overlap here on real
 * connections, deliberately interleaved, and a follower reads in the middle. Runs on both stores in
 * every run of the tests (decision 0042).
 */
class ChangeLogGapsIT {
  @TempDir Path data;

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void a_follower_never_skips_an_entry_that_commits_after_one_with_a_higher_number(
      Database.Kind kind) throws Exception {
    AtomicReference<Thread> secondThread = new AtomicReference<>();
    ExecutorService firstWriter = Executors.newSingleThreadExecutor();
    ExecutorService secondWriter =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "second-writer");
              secondThread.set(t);
              return t;
            });
    try (Wiring w = new Wiring(TestStore.config(data, kind), Clock.systemUTC())) {
      // Given a published story and a follower at the end of the log
      w.sections().ensure("Politics");
      ArticleId story =
          w.articles()
              .publish(
                  WireStories.content("Gaps", "Politics", "en"),
                  Instant.now(),
                  Optional.of("k:gaps"))
              .article()
              .id();
      Transactions tx = new Transactions(w.database().jdbi());
      ChangeLog log = w.changeLog();
      Follower follower = new Follower(log, log.latestSeq());
      CountDownLatch appended = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);

      // When a first transaction appends an entry and stays open
      Future<Long> first =
          firstWriter.submit(
              () ->
                  tx.inTransaction(
                      () -> {
                        long seq = log.record(story.value(), ChangeAction.UPDATED, 2, Set.of());
                        appended.countDown();
                        await(release);
                        return seq;
                      }));
      assertThat(appended.await(60, TimeUnit.SECONDS)).isTrue();
      // and a second one appends meanwhile (it finishes, or waits for the first: either may be)
      Future<Long> second =
          secondWriter.submit(
              () ->
                  tx.inTransaction(
                      () -> log.record(story.value(), ChangeAction.CORRECTED, 3, Set.of())));
      waitUntilDoneOrBlocked(second, secondThread, w.database());
      // and the follower reads while the first is still open
      follower.step();
      release.countDown();
      long one = first.get(60, TimeUnit.SECONDS);
      long two = second.get(60, TimeUnit.SECONDS);
      follower.step();

      // Then it has read both entries, each once, in the order they committed
      assertThat(follower.seen).containsExactly(one, two);
    } finally {
      firstWriter.shutdownNow();
      secondWriter.shutdownNow();
    }
  }

  /** Reads like every follower: the entries after its position, then moves to the last one. */
  private static final class Follower {
    private final ChangeLog log;
    private long position;
    final List<Long> seen = new ArrayList<>();

    Follower(ChangeLog log, long position) {
      this.log = log;
      this.position = position;
    }

    void step() {
      for (ChangeEntry e : log.after(position, 100)) {
        seen.add(e.seq());
        position = e.seq();
      }
    }
  }

  /**
   * Waits for the mechanism, not the clock: the second transaction has committed, or it waits on a
   * lock (a row lock in PostgreSQL, seen in {@code pg_stat_activity}; the write queue's lock in
   * this process on SQLite, seen in the thread's state).
   */
  private static void waitUntilDoneOrBlocked(
      Future<?> second, AtomicReference<Thread> thread, Database database)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!second.isDone() && !blocked(thread.get(), database)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the second transaction neither finished nor waited in 60 s");
      }
      Thread.sleep(5);
    }
  }

  private static boolean blocked(Thread thread, Database database) {
    if (database.kind() == Database.Kind.POSTGRESQL) {
      return database
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT COUNT(*) FROM pg_stat_activity"
                                  + " WHERE datname = current_database() AND wait_event_type = 'Lock'")
                          .mapTo(Integer.class)
                          .one())
          > 0;
    }
    return thread != null
        && (thread.getState() == Thread.State.WAITING
            || thread.getState() == Thread.State.TIMED_WAITING);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
