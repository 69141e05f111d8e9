package org.dateline.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dateline.Wiring;
import org.dateline.article.ArticleId;
import org.dateline.storage.Transactions;
import org.dateline.testing.TestStore;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire's cursor is a change-log sequence number, so a follower must never see a number commit
 * after a higher one it already passed. Two transactions overlap here: the first appends and stays
 * open; the second tries to append meanwhile. On SQLite the second waits at its start (the write
 * queue); on PostgreSQL it would take its transaction at once and wait at the append, on the
 * counter row the first holds (decision 0008) — the same assertions then prove that the sequence
 * number is only taken once the earlier transaction committed. Either way a follower reading by
 * cursor sees the first entry before the second, and nothing uncommitted.
 */
class ChangeLogOrderIT {
  @TempDir Path data;

  @Test
  void a_second_transaction_gets_its_sequence_number_only_after_the_first_committed()
      throws Exception {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      w.sections().ensure("Politics");
      ArticleId story =
          w.articles()
              .publish(
                  WireStories.content("Ordered", "Politics", "en"),
                  java.time.Instant.now(),
                  java.util.Optional.of("k:ordered"))
              .article()
              .id();
      Transactions tx = new Transactions(w.database().jdbi());
      ChangeLog log = w.changeLog();
      long cursor = log.latestSeq();
      CountDownLatch appended = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);

      CompletableFuture<Long> first =
          CompletableFuture.supplyAsync(
              () ->
                  tx.inTransaction(
                      () -> {
                        long seq = log.record(story.value(), ChangeAction.UPDATED, 2, Set.of());
                        appended.countDown();
                        await(release);
                        return seq;
                      }));
      assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Long> second =
          CompletableFuture.supplyAsync(
              () ->
                  tx.inTransaction(
                      () -> log.record(story.value(), ChangeAction.CORRECTED, 3, Set.of())));

      // While the first is open: the second has no number yet, and a follower sees nothing new.
      assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS))
          .isInstanceOf(TimeoutException.class);
      assertThat(log.after(cursor, 10)).isEmpty();
      release.countDown();
      long one = first.get(30, TimeUnit.SECONDS);
      long two = second.get(30, TimeUnit.SECONDS);

      assertThat(two).isGreaterThan(one);
      List<ChangeEntry> seen = log.after(cursor, 10);
      assertThat(seen).extracting(ChangeEntry::seq).containsExactly(one, two);
      assertThat(seen)
          .extracting(ChangeEntry::action)
          .containsExactly(ChangeAction.UPDATED, ChangeAction.CORRECTED);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
