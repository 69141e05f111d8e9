package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.storage.Database;
import org.dateline.testing.Cli;
import org.dateline.testing.Cli.Run;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code ./dateline backup FILE} and {@code ./dateline restore FILE}: progress per table, a
 * summary, exit code 0; a refusal is one line on standard error and exit code 1.
 */
// It swaps System.out and System.err while a command runs, so no other test class runs beside it.
@Isolated
class BackupCliIT {
  @TempDir Path dir;

  @Test
  void backup_of_a_running_site_then_restore_into_an_empty_folder_and_refusal_of_a_second_restore()
      throws Exception {
    // Given a running demo site
    Path site = dir.resolve("site");
    Path file = dir.resolve("site.zip");
    Path copy = dir.resolve("copy");
    long articles;
    try (TestApp app = TestApp.start(site, true)) {
      articles = count(app.wiring().database());

      // When it is backed up from the command line while it runs
      Run backup = Cli.run("backup", file.toString(), "--data", site.toString());

      // Then the backup reports each table and its rows, and the file exists
      assertThat(backup.code()).as(backup.err()).isZero();
      assertThat(backup.out()).containsPattern("articles +" + articles + " rows");
      assertThat(backup.out()).contains("Backup written to", "schema version");
      assertThat(Files.size(file)).isPositive();

      // ...a second backup to the same file is refused, the first left as it was
      long size = Files.size(file);
      Run again = Cli.run("backup", file.toString(), "--data", site.toString());
      assertThat(again.code()).isEqualTo(1);
      assertThat(again.err().strip()).contains("exists already").doesNotContain("\n");
      assertThat(Files.size(file)).isEqualTo(size);
    }

    // When it is restored into an empty folder (or database)
    Run restore = Cli.run("restore", file.toString(), "--data", copy.toString());

    // Then the restored store holds the same stories
    assertThat(restore.code()).as(restore.err()).isZero();
    assertThat(restore.out())
        .containsPattern("articles +" + articles + " rows")
        .contains("Restored");
    try (Database db = TestStore.open(copy)) {
      assertThat(count(db)).isEqualTo(articles);
    }

    // ...and restoring again into the now full store is refused with one line, exit code 1
    Run twice = Cli.run("restore", file.toString(), "--data", copy.toString());
    assertThat(twice.code()).isEqualTo(1);
    assertThat(twice.err().strip()).startsWith("Restore refused:").contains("empty");
    assertThat(twice.err().strip()).doesNotContain("\n");
    try (Database db = TestStore.open(copy)) {
      assertThat(count(db)).isEqualTo(articles);
    }
  }

  @Test
  void backup_and_restore_explain_themselves() {
    for (String command : new String[] {"backup", "restore"}) {
      Run help = Cli.run(command, "--help");
      assertThat(help.code()).as(command).isZero();
      assertThat(help.out()).as(command).contains("FILE", "--data=DIR", "--db=URL", "Exit codes");
    }
    assertThat(Cli.run("--help").out()).contains("backup", "restore");
  }

  private static long count(Database db) {
    return db.jdbi()
        .withHandle(h -> h.createQuery("SELECT count(*) FROM articles").mapTo(Long.class).one());
  }
}
