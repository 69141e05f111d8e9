package org.dateline.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteDataSource;

/**
 * This build's migrations as Flyway records them in a store's history, one line each (version,
 * description, type, script, checksum), listed at build time for each kind of store (decision
 * 0119). A start compares the store's history with the list and leaves Flyway out when they are
 * equal line for line: the store has applied exactly this build's migrations, each of them
 * successfully, with the checksums Flyway would compute today. Anything else — a new migration, an
 * edited or renamed one, a failed or missing row, a newer build's row, no history at all, no list
 * in the build — runs Flyway as before, which migrates or refuses.
 *
 * <p>The list comes from Flyway itself ({@link #resolved}: what it resolves from this build's
 * scripts and Java migrations), written by the build ({@link #main}, the {@code process-classes}
 * phase) into the class path; never kept by hand.
 */
public final class MigrationList {
  private MigrationList() {}

  /** The class path resource of {@code kind}'s list. */
  static String resource(Database.Kind kind) {
    return "db/migrations-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".list";
  }

  /**
   * Whether the store behind {@code ds} has applied exactly the migrations of the list this build
   * holds for {@code kind}; false when the build holds none or the history cannot be read.
   */
  static boolean upToDate(DataSource ds, Database.Kind kind) {
    Optional<List<String>> packaged = packaged(kind);
    if (packaged.isEmpty()) {
      return false;
    }
    Optional<List<String>> applied = applied(ds);
    return applied.isPresent() && applied.get().equals(packaged.get());
  }

  /** The list this build holds for {@code kind}, or empty when it holds none. */
  static Optional<List<String>> packaged(Database.Kind kind) {
    try (InputStream in =
        MigrationList.class.getClassLoader().getResourceAsStream(resource(kind))) {
      if (in == null) {
        return Optional.empty();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Optional.of(Arrays.stream(text.split("\n")).filter(l -> !l.isEmpty()).toList());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The store's history in the list's form, in the order the migrations were applied; empty when it
   * has none, cannot be read, or holds a failed migration.
   */
  static Optional<List<String>> applied(DataSource ds) {
    List<String> lines = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version, description, type, script, checksum, success FROM "
                    + Schema.FLYWAY_HISTORY
                    + " ORDER BY installed_rank")) {
      while (rs.next()) {
        if (!rs.getBoolean(6)) {
          return Optional.empty();
        }
        int checksum = rs.getInt(5);
        lines.add(
            line(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.wasNull() ? null : checksum));
      }
    } catch (SQLException e) {
      // No history table yet (a new store), or a database that cannot answer: Flyway decides.
      return Optional.empty();
    }
    return lines.isEmpty() ? Optional.empty() : Optional.of(lines);
  }

  /**
   * What Flyway resolves from this build's migrations for {@code kind}, in version order: the list
   * the build writes. Flyway only lists them (its {@code info} on an empty in-memory SQLite
   * database); nothing is applied anywhere.
   */
  static List<String> resolved(Database.Kind kind) {
    SQLiteDataSource empty = new SQLiteDataSource();
    empty.setUrl("jdbc:sqlite::memory:");
    List<String> lines = new ArrayList<>();
    for (MigrationInfo m :
        Database.flyway(empty, Database.ownScripts(kind)).load().info().pending()) {
      lines.add(
          line(
              m.getVersion() == null ? null : m.getVersion().getVersion(),
              m.getDescription(),
              m.getType().name(),
              m.getScript(),
              m.getChecksum()));
    }
    return lines;
  }

  private static String line(
      @Nullable String version,
      @Nullable String description,
      @Nullable String type,
      @Nullable String script,
      @Nullable Integer checksum) {
    return String.join(
        "\t",
        String.valueOf(version),
        String.valueOf(description),
        String.valueOf(type),
        String.valueOf(script),
        String.valueOf(checksum));
  }

  /**
   * The build's step: writes each kind's list under the class path folder {@code args[0]} (Maven's
   * {@code target/classes}) when it is missing or differs.
   */
  public static void main(String[] args) {
    Path classes = Path.of(args[0]);
    try {
      for (Database.Kind kind : Database.Kind.values()) {
        Path file = classes.resolve(resource(kind));
        String list = String.join("\n", resolved(kind)) + "\n";
        // Written only when it changed: a newer file would make Maven write the jar again, and the
        // launcher make its class-data archive again, after a build that changed nothing.
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(list)) {
          Files.createDirectories(file.getParent());
          Files.writeString(file, list, StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
