package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.dateline.storage.Database;
import org.dateline.storage.Settings;
import org.dateline.storage.Transactions;
import org.dateline.testing.TestStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit on the real store (decision 0089): callers that arrive while another commits share
 * the next transaction, each returns only after it committed, and a caller whose work fails fails
 * alone — the others' writes are kept.
 */
class GroupCommitIT {
  @TempDir Path data;
  private Database db;
  private Jdbi jdbi;
  private GroupCommit commits;
  private final ExecutorService callers = Executors.newFixedThreadPool(4);

  @BeforeEach
  void open() {
    db = Database.open(data, TestStore.url(data));
    jdbi = db.jdbi();
    commits = new GroupCommit(new Transactions(jdbi));
  }

  @AfterEach
  void close() {
    callers.shutdownNow();
    db.close();
  }

  @Test
  void callers_waiting_for_a_commit_share_the_next_one() throws Exception {
    List<CompletableFuture<Handle>> waiting =
        behindAFirstCommit(List.of("group.한국어", "group.日本語", "group.عربي"));
    Handle shared = waiting.get(0).get(10, TimeUnit.SECONDS);
    assertThat(waiting.get(1).get(10, TimeUnit.SECONDS))
        .as("one transaction (one handle) for the three")
        .isSameAs(shared);
    assertThat(waiting.get(2).get(10, TimeUnit.SECONDS)).isSameAs(shared);
    assertThat(read("group.한국어")).contains("2");
    assertThat(read("group.日本語")).contains("2");
    assertThat(read("group.عربي")).contains("2");
  }

  @Test
  void a_failing_caller_in_a_group_fails_alone_and_the_others_are_kept() throws Exception {
    List<CompletableFuture<Handle>> waiting =
        behindAFirstCommit(List.of("group.Zoë", "group.bad", "group.Łódź"));
    assertThat(waiting.get(0).get(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(waiting.get(2).get(10, TimeUnit.SECONDS)).isNotNull();
    assertThatThrownBy(() -> waiting.get(1).get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasRootCauseMessage("this one is bad");
    assertThat(read("group.Zoë")).contains("2");
    assertThat(read("group.Łódź")).contains("2");
    assertThat(read("group.bad")).as("the failing one is rolled back").isEmpty();
  }

  /**
   * Holds a first caller inside its transaction until {@code names} are queued behind it (each
   * writes its name; "group.bad" then fails), then lets it commit; the queued callers' futures.
   */
  private List<CompletableFuture<Handle>> behindAFirstCommit(List<String> names) throws Exception {
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Handle> first =
        CompletableFuture.supplyAsync(
            () ->
                commits.run(
                    () -> {
                      firstInside.countDown();
                      await(release);
                      return put("group.first", "1");
                    }),
            callers);
    assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
    List<CompletableFuture<Handle>> waiting =
        names.stream()
            .map(
                name ->
                    CompletableFuture.supplyAsync(
                        () ->
                            commits.run(
                                () -> {
                                  Handle h = put(name, "2");
                                  if (name.equals("group.bad")) {
                                    throw new IllegalArgumentException("this one is bad");
                                  }
                                  return h;
                                }),
                        callers))
            .toList();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (commits.waiting() < names.size() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(commits.waiting()).as("callers queued behind the first").isEqualTo(names.size());
    assertThat(read("group.first")).as("nothing is visible before its commit").isEmpty();
    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    assertThat(read("group.first")).contains("1");
    return waiting;
  }

  @Test
  void a_caller_alone_commits_at_once() {
    assertThat(commits.run(() -> put("alone", "x"))).isNotNull();
    assertThat(read("alone")).contains("x");
    assertThatThrownBy(() -> commits.run(() -> fail("broken")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken");
    assertThat(commits.waiting()).isZero();
  }

  /** Writes a setting in the caller's transaction; the handle it was written on. */
  private Handle put(String name, String value) {
    return jdbi.withHandle(
        h -> {
          Settings.put(h, name, value);
          return h;
        });
  }

  private Optional<String> read(String name) {
    return jdbi.withHandle(h -> Settings.get(h, name));
  }

  private static Handle fail(String message) {
    throw new IllegalStateException(message);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
