package org.dateline.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A store a backup is restored into (decision 0071): the SQLite file in a data folder or a
 * PostgreSQL database, opened without migrating, so the restore can check that it holds no rows,
 * migrate it to the backup's schema version and load every table in one transaction. Not
 * thread-safe; close it when done.
 */
public final class RestoreTarget implements AutoCloseable {
  private static final int BATCH = 500;

  private final HikariDataSource dataSource;
  private final Database.Kind kind;
  private final Set<String> seeded;

  private RestoreTarget(HikariDataSource dataSource, Database.Kind kind, Set<String> seeded) {
    this.dataSource = dataSource;
    this.kind = kind;
    this.seeded = Set.copyOf(seeded);
  }

  /**
   * Opens the store {@code url} names, else the SQLite file {@code dateline.db} in {@code dataDir}.
   * {@code seeded} names the tables a migration fills with first rows (their owners declare them,
   * e.g. the default edition): a target holding only those is still empty, and the restore replaces
   * their rows with the backup's.
   */
  public static RestoreTarget open(Path dataDir, Optional<StoreUrl> url, Set<String> seeded) {
    if (url.isPresent()) {
      return new RestoreTarget(
          Database.postgresqlDataSource(url.get()), Database.Kind.POSTGRESQL, seeded);
    }
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data folder " + dataDir, e);
    }
    return new RestoreTarget(
        Database.sqliteDataSource(dataDir.resolve("dateline.db").toAbsolutePath()),
        Database.Kind.SQLITE,
        seeded);
  }

  public Database.Kind kind() {
    return kind;
  }

  /**
   * Whether schema version {@code a} is newer than {@code b} (Flyway's order: 18 &gt; 9, 2.1 &gt;
   * 2).
   */
  public static boolean newer(String a, String b) {
    return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b)) > 0;
  }

  /** The newest schema version this build's migrations reach. */
  public String newestKnownVersion() {
    MigrationVersion newest = MigrationVersion.EMPTY;
    for (MigrationInfo info : flyway().load().info().all()) {
      if (info.getVersion() != null && info.getVersion().compareTo(newest) > 0) {
        newest = info.getVersion();
      }
    }
    return newest.getVersion();
  }

  /** The schema version applied to this store, or empty when it was never migrated. */
  public Optional<String> schemaVersion() {
    try (Connection c = dataSource.getConnection()) {
      return Schema.version(c);
    } catch (SQLException e) {
      throw failure("cannot read the schema version", e);
    }
  }

  /**
   * The application tables that hold at least one row (none, for a store one may restore into),
   * apart from those the migrations seed.
   */
  public List<String> tablesWithRows() {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      for (StoreTable t : Schema.tables(c, kind)) {
        if (seeded.contains(t.name())) {
          continue;
        }
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT 1 FROM " + Schema.quote(t.name()) + " LIMIT 1")) {
          if (rs.next()) {
            out.add(t.name());
          }
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read the target's tables", e);
    }
    return out;
  }

  /** Applies this build's migrations up to {@code version} and no further. */
  public void migrateTo(String version) {
    flyway().target(MigrationVersion.fromVersion(version)).load().migrate();
  }

  /** The application tables as migrated, parents first. */
  public List<StoreTable> tables() {
    try (Connection c = dataSource.getConnection()) {
      return Schema.tables(c, kind);
    } catch (SQLException e) {
      throw failure("cannot read the target's tables", e);
    }
  }

  /** The rows of one table for {@link #load}. */
  public record TableRows(StoreTable table, Iterator<Object[]> rows) {}

  /**
   * Inserts every table's rows in one transaction, in the order given (parents first), then sets
   * the id counters past the loaded ids and past {@code counters}; returns the rows inserted per
   * table. Nothing is kept when anything fails.
   */
  public Map<String, Long> load(Iterator<TableRows> tables, Map<String, Long> counters) {
    Map<String, Long> loaded = new java.util.LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        while (tables.hasNext()) {
          TableRows t = tables.next();
          loaded.put(t.table().name(), insert(c, t));
        }
        IdCounters.setCounters(c, kind, counters);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("the restore failed and nothing was kept", e);
    }
    return loaded;
  }

  private long insert(Connection c, TableRows t) throws SQLException {
    StoreTable table = t.table();
    String sql =
        "INSERT INTO "
            + Schema.quote(table.name())
            + " ("
            + String.join(", ", table.columnNames().stream().map(Schema::quote).toList())
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(table.columns().size(), "?"))
            + ")";
    long count = 0;
    if (seeded.contains(table.name())) {
      // The migrations' first rows give way to the backup's (loaded parents first, so no row of
      // this store refers to them yet).
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM " + Schema.quote(table.name()));
      }
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      while (t.rows().hasNext()) {
        Object[] row = t.rows().next();
        for (int i = 0; i < row.length; i++) {
          Values.bind(s, i + 1, table.columns().get(i).type(), row[i]);
        }
        s.addBatch();
        if (++count % BATCH == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new SQLException(
          "cannot load table " + table.name() + ": " + e.getMessage(), e.getSQLState(), e);
    }
    return count;
  }

  private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
    return Database.flyway(dataSource, Database.ownScripts(kind));
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(what + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
