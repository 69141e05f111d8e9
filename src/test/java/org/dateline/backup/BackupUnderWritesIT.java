package org.dateline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.storage.Database;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken while editors keep publishing is one state that existed (decision 0071): every
 * change-log entry, version and newsroom story in it names an article that is in it too, its counts
 * match its manifest, and it restores (with foreign keys checked) into an empty store.
 */
class BackupUnderWritesIT {
  private static final int WRITERS = 3;
  @TempDir Path dir;

  @Test
  void a_backup_taken_during_a_stream_of_publishes_is_consistent_and_restores() throws Exception {
    // Given a running site whose editors publish stories without pause
    Path data = dir.resolve("site");
    Path file = dir.resolve("during.zip");
    try (TestApp app = TestApp.start(data, true)) {
      Wiring w = app.wiring();
      List<User> editors = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        editors.add(Newsroom.user(w, Role.EDITOR, "Editor " + "abc".charAt(i)));
      }
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong published = new AtomicLong();
      CountDownLatch started = new CountDownLatch(WRITERS * 2);
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
      List<Future<?>> writers = new ArrayList<>();
      for (User editor : editors) {
        writers.add(
            pool.submit(
                () -> {
                  int n = 0;
                  while (!stop.get()) {
                    Story s = Newsroom.written(w, editor, editor.name() + " story " + ++n);
                    w.workflow().apply(s.id(), Request.of(Action.PUBLISH), editor);
                    published.incrementAndGet();
                    started.countDown();
                  }
                  return null;
                }));
      }
      assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();

      // When a backup is taken meanwhile, waiting after it read the articles until two more
      // publishes have committed, so that the tables it reads next changed since
      long before = published.get();
      Manifest m;
      try {
        m = w.backups().backup(file, waitingAfterArticles(published));
      } finally {
        stop.set(true);
      }
      long during = published.get() - before;
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();

      // Then the publishes carried on during the backup, and the backup holds one state: no row
      // names an article the backup does not hold
      assertThat(during).as("publishes while the backup ran").isGreaterThanOrEqualTo(2);
      Set<Long> articles = new HashSet<>(column(file, m, "articles", "id"));
      assertThat(articles).isNotEmpty();
      assertThat(column(file, m, "change_log", "article_id")).isSubsetOf(articles);
      assertThat(column(file, m, "article_versions", "article_id")).isSubsetOf(articles);
      List<Long> storyArticles = column(file, m, "stories", "article_id");
      storyArticles.removeIf(java.util.Objects::isNull);
      assertThat(storyArticles).isSubsetOf(articles);
      assertThat(m.table("change_log").orElseThrow().rows())
          .isGreaterThanOrEqualTo(articles.size());
    }

    // ...its counts and checksums match its manifest, and it restores into an empty store
    Manifest checked = Backups.check(file);
    Path target = dir.resolve("restored");
    Backups.Restored restored =
        Backups.restore(file, target, TestStore.url(target), Progress.none());
    for (Manifest.TableEntry t : checked.tables()) {
      assertThat(restored.rows().get(t.name())).as(t.name()).isEqualTo(t.rows());
    }
    try (Database db = TestStore.open(target)) {
      long count =
          db.jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT count(*) FROM articles").mapTo(Long.class).one());
      assertThat(count).isEqualTo(checked.table("articles").orElseThrow().rows());
    }
  }

  private static Progress waitingAfterArticles(AtomicLong published) {
    return new Progress() {
      @Override
      public void table(String name, long rows) {
        if (!name.equals("articles")) {
          return;
        }
        long target = published.get() + 2;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (published.get() < target && System.nanoTime() < until) {
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        assertThat(published.get())
            .as("publishes after the articles were read")
            .isGreaterThanOrEqualTo(target);
      }

      @Override
      public void files(long count) {}
    };
  }

  /** The values of one integer column of a table in the backup file. */
  private static List<Long> column(Path file, Manifest m, String table, String column)
      throws IOException {
    Manifest.TableEntry entry = m.table(table).orElseThrow();
    int index = entry.table().columnNames().indexOf(column);
    assertThat(index).as(table + "." + column).isNotNegative();
    List<Long> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("tables/" + table + ".jsonl"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!line.isEmpty()) {
          Object v = RowCodec.decode(entry.table(), line)[index];
          out.add((Long) v);
        }
      }
    }
    return out;
  }
}
