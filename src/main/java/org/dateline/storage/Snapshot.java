package org.dateline.storage;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * One read-only transaction over the whole store, for a backup taken while the site runs (decision
 * 0071): on SQLite a read transaction in WAL mode (writers carry on, this reader keeps seeing the
 * state of its first read); on PostgreSQL {@code SERIALIZABLE READ ONLY DEFERRABLE}, a snapshot
 * that waits for no lock and is never cancelled for serialization. The schema, the counters and
 * every row come from that one state. Not thread-safe: one reader at a time; close it when done.
 */
public final class Snapshot implements AutoCloseable {
  private static final int FETCH = 500;

  private final Connection connection;
  private final Database.Kind kind;
  private final String version;
  private final List<StoreTable> tables;
  private final Map<String, Long> counters;

  private Snapshot(Connection connection, Database.Kind kind) throws SQLException {
    this.connection = connection;
    this.kind = kind;
    // The first statements, inside the transaction: they fix the snapshot every later read sees.
    this.version =
        Schema.version(connection)
            .orElseThrow(() -> new IllegalStateException("the store has no schema version"));
    this.tables = Schema.tables(connection, kind);
    this.counters = IdCounters.counters(connection, kind, tables);
  }

  static Snapshot open(DataSource dataSource, Database.Kind kind) {
    Connection c = null;
    try {
      c = dataSource.getConnection();
      c.setAutoCommit(false);
      if (kind == Database.Kind.POSTGRESQL) {
        try (Statement s = c.createStatement()) {
          s.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE");
        }
      }
      return new Snapshot(c, kind);
    } catch (SQLException | RuntimeException e) {
      if (c != null) {
        end(c);
      }
      throw new IllegalStateException("cannot open a snapshot of the store: " + e.getMessage(), e);
    }
  }

  public Database.Kind kind() {
    return kind;
  }

  /** The schema version (Flyway's) of the store in this snapshot. */
  public String schemaVersion() {
    return version;
  }

  /** The application tables, parents before children. */
  public List<StoreTable> tables() {
    return tables;
  }

  /** The id counters, {@code table.column} → the last id handed out. */
  public Map<String, Long> counters() {
    return counters;
  }

  /** Receives rows, one array of values per row, in the table's column order. */
  @FunctionalInterface
  public interface RowSink {
    void row(Object[] values) throws IOException;
  }

  /**
   * Reads every row of {@code table} in primary-key order (text keys in byte order, the same on
   * both kinds of database) and returns how many there were.
   */
  public long rows(StoreTable table, RowSink sink) throws IOException {
    List<String> order = new ArrayList<>();
    List<String> keys = table.primaryKey().isEmpty() ? table.columnNames() : table.primaryKey();
    for (String key : keys) {
      boolean text =
          table.columns().stream()
              .anyMatch(col -> col.name().equals(key) && col.type() == StoreTable.ValueType.TEXT);
      order.add(
          Schema.quote(key) + (text && kind == Database.Kind.POSTGRESQL ? " COLLATE \"C\"" : ""));
    }
    String sql =
        "SELECT "
            + String.join(", ", table.columnNames().stream().map(Schema::quote).toList())
            + " FROM "
            + Schema.quote(table.name())
            + " ORDER BY "
            + String.join(", ", order);
    long count = 0;
    try (Statement s = connection.createStatement()) {
      s.setFetchSize(FETCH);
      try (ResultSet rs = s.executeQuery(sql)) {
        int n = table.columns().size();
        while (rs.next()) {
          Object[] values = new Object[n];
          for (int i = 0; i < n; i++) {
            values[i] = Values.read(rs, i + 1, table.columns().get(i).type());
          }
          sink.row(values);
          count++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read table " + table.name() + ": " + e.getMessage(), e);
    }
    return count;
  }

  @Override
  public void close() {
    end(connection);
  }

  private static void end(Connection c) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      // the connection is closed below either way; the pool replaces a broken one
    } finally {
      try {
        c.close();
      } catch (SQLException e) {
        // nothing more to do with it
      }
    }
  }
}
