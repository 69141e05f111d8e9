package org.dateline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dateline.testing.TestStore;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A start leaves Flyway out only when the store's history is the build's list of migrations
 * (decision 0119), on this run's kind of store: the build's list is what Flyway resolves, a store
 * Flyway migrated holds exactly it, and any difference sends the start through Flyway, which
 * refuses an edited migration as before.
 */
class MigrationListIT {
  private static final Database.Kind KIND =
      TestStore.postgresql() ? Database.Kind.POSTGRESQL : Database.Kind.SQLITE;

  @TempDir Path data;
  private Optional<StoreUrl> url = Optional.empty();

  @Test
  void the_build_lists_for_each_kind_of_store_what_flyway_resolves_from_its_migrations() {
    for (Database.Kind kind : Database.Kind.values()) {
      List<String> resolved = MigrationList.resolved(kind);
      assertThat(MigrationList.packaged(kind)).as(kind.name()).contains(resolved);
      assertThat(resolved)
          .as(kind.name())
          .anySatisfy(l -> assertThat(l).startsWith("1\tinit\tSQL\tV1__init.sql\t"))
          .anySatisfy(
              l ->
                  assertThat(l)
                      .isEqualTo(
                          "4\tnames by normalized text\tJDBC"
                              + "\torg.dateline.storage.NamesByNormalizedText\t40010"));
    }
  }

  @Test
  void a_store_flyway_migrated_holds_exactly_the_list_and_the_next_start_leaves_flyway_out() {
    try (HikariDataSource ds = freshStoreMigratedByFlyway()) {
      assertThat(MigrationList.applied(ds)).isEqualTo(MigrationList.packaged(KIND));
      assertThat(MigrationList.upToDate(ds, KIND)).isTrue();
    }
  }

  @Test
  void a_history_that_differs_in_any_way_is_not_up_to_date() {
    try (HikariDataSource ds = freshStoreMigratedByFlyway()) {
      Jdbi jdbi = Jdbi.create(ds);
      jdbi.useHandle(
          h -> h.execute("UPDATE flyway_schema_history SET description = 'x' WHERE version = '3'"));
      assertThat(MigrationList.upToDate(ds, KIND)).isFalse();
      jdbi.useHandle(
          h ->
              h.execute(
                  "UPDATE flyway_schema_history SET description = 'sign in throttle and session"
                      + " ends' WHERE version = '3'"));
      assertThat(MigrationList.upToDate(ds, KIND)).isTrue();
      jdbi.useHandle(
          h -> h.execute("UPDATE flyway_schema_history SET success = false WHERE version = '34'"));
      assertThat(MigrationList.applied(ds)).isEmpty();
      jdbi.useHandle(h -> h.execute("DELETE FROM flyway_schema_history WHERE version = '34'"));
      assertThat(MigrationList.upToDate(ds, KIND)).isFalse();
      jdbi.useHandle(h -> h.execute("DROP TABLE flyway_schema_history"));
      assertThat(MigrationList.applied(ds)).isEmpty();
    }
  }

  @Test
  void an_edited_migration_is_still_refused_by_flyway() {
    try (HikariDataSource ds = freshStoreMigratedByFlyway()) {
      Jdbi.create(ds)
          .useHandle(
              h ->
                  h.execute(
                      "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '3'"));
    }
    assertThatThrownBy(() -> reopen().close())
        .isInstanceOf(FlywayValidateException.class)
        .hasMessageContaining("checksum mismatch");
  }

  /** A new store, migrated through Flyway by {@link Database#open}; its pool, to look inside. */
  private HikariDataSource freshStoreMigratedByFlyway() {
    HikariDataSource ds;
    if (KIND == Database.Kind.POSTGRESQL) {
      url =
          Optional.of(
              TestStore.emptyDatabase(
                  "migration_list_" + Integer.toUnsignedString(data.hashCode())));
      ds = Database.postgresqlDataSource(url.get());
    } else {
      SQLiteDataSource sqlite = new SQLiteDataSource();
      sqlite.setUrl("jdbc:sqlite:" + data.resolve("dateline.db"));
      ds = new HikariDataSource();
      ds.setDataSource(sqlite);
    }
    assertThat(MigrationList.applied(ds)).isEmpty();
    reopen().close();
    return ds;
  }

  private Database reopen() {
    return Database.open(data, url);
  }
}
