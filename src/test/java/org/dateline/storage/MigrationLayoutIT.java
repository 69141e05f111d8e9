package org.dateline.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite scripts moved from one folder into a shared one and a folder of SQLite's own (decision
 * 0041) without a byte changed, so a store migrated before the move (every script in {@code
 * db/migration}) opens after it: Flyway finds each applied script again, with its checksum.
 */
class MigrationLayoutIT {
  private static final List<String> SCRIPTS =
      List.of(
          "sqlite/V1__init.sql",
          "sqlite/V2__newsroom.sql",
          "migration/V3__sign_in_throttle_and_session_ends.sql",
          "migration/V6__cache_keys_and_related_index.sql",
          "sqlite/V7__wire_versions_subscribers_deliveries.sql",
          "migration/V9__public_directory_index.sql",
          "migration/V10__article_views.sql",
          "migration/V12__desk_presence.sql");

  @TempDir Path data;
  @TempDir Path oldLayout;

  @Test
  void a_store_migrated_from_the_old_single_folder_opens_and_validates() throws IOException {
    // Given a store migrated from every script in one folder, as before the move
    for (String script : SCRIPTS) {
      try (InputStream in = getClass().getResourceAsStream("/db/" + script)) {
        assertThat(in).as(script).isNotNull();
        Files.copy(in, oldLayout.resolve(script.substring(script.indexOf('/') + 1)));
      }
    }
    String url = "jdbc:sqlite:" + data.resolve("dateline.db");
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("filesystem:" + oldLayout)
        .javaMigrations(new NamesByNormalizedText())
        .load()
        .migrate();
    MigrationInfo[] before = Flyway.configure().dataSource(url, null, null).load().info().applied();

    // When the application opens it with the new layout
    try (Database db = Database.open(data)) {
      // Then nothing failed validation, nothing ran again, and the store answers
      assertThat(db.integrityCheck()).isEqualTo("ok");
    }
    MigrationInfo[] after = Flyway.configure().dataSource(url, null, null).load().info().applied();
    // (scripts newer than the list may run: only those applied before must stay as they were)
    assertThat(after.length).isGreaterThanOrEqualTo(before.length);
    for (int i = 0; i < before.length; i++) {
      assertThat(after[i].getChecksum()).isEqualTo(before[i].getChecksum());
      assertThat(after[i].getInstalledRank()).isEqualTo(before[i].getInstalledRank());
    }
  }
}
