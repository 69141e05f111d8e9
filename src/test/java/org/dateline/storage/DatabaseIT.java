package org.dateline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseIT {
  @TempDir Path data;

  @Test
  void opens_sqlite_in_wal_mode_with_foreign_keys_on() {
    try (Database db = Database.open(data)) {
      var jdbi = db.jdbi();
      String mode =
          jdbi.withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
      Integer foreignKeys =
          jdbi.withHandle(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
      assertThat(mode).isEqualTo("wal");
      assertThat(foreignKeys).isEqualTo(1);
      assertThat(Files.exists(data.resolve("dateline.db"))).isTrue();
      assertThat(db.integrityCheck()).isEqualTo("ok");
    }
  }

  @Test
  void migrations_run_once_and_reopening_keeps_data() {
    try (Database db = Database.open(data)) {
      db.jdbi().useHandle(h -> h.execute("INSERT INTO settings(name, value) VALUES ('x', 'y')"));
    }
    try (Database db = Database.open(data)) {
      String value =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT value FROM settings WHERE name = 'x'")
                          .mapTo(String.class)
                          .one());
      assertThat(value).isEqualTo("y");
    }
  }

  @Test
  void a_failed_transaction_leaves_nothing_behind() {
    try (Database db = Database.open(data)) {
      Transactions tx = new Transactions(db.jdbi());
      assertThatThrownBy(
              () ->
                  tx.inTransaction(
                      () -> {
                        db.jdbi()
                            .useHandle(
                                h ->
                                    h.execute(
                                        "INSERT INTO settings(name, value) VALUES ('a', '1')"));
                        throw new IllegalStateException("boom");
                      }))
          .hasMessage("boom");
      Integer rows =
          db.jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT COUNT(*) FROM settings").mapTo(Integer.class).one());
      assertThat(rows).isZero();
    }
  }

  @Test
  void foreign_keys_are_enforced() {
    try (Database db = Database.open(data)) {
      assertThatThrownBy(
              () ->
                  db.jdbi()
                      .useHandle(
                          h ->
                              h.execute(
                                  "INSERT INTO change_log(article_id, action, version, at) VALUES (999, 'published', 1, 0)")))
          .hasMessageContaining("FOREIGN KEY");
    }
  }
}
