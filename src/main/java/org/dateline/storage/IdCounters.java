package org.dateline.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The store's id counters, read from the database itself (SQLite's {@code sqlite_sequence},
 * PostgreSQL's identity and serial sequences): read into a backup, and set again after a restore so
 * that new rows never take an id the source had handed out (decision 0071).
 */
final class IdCounters {
  private IdCounters() {}

  /**
   * The id counters, as {@code table.column} → the last value handed out: SQLite's {@code
   * sqlite_sequence} (tables with AUTOINCREMENT), PostgreSQL's identity and serial sequences.
   */
  static Map<String, Long> counters(Connection c, Database.Kind kind, List<StoreTable> tables)
      throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    if (kind == Database.Kind.SQLITE) {
      Map<String, StoreTable> byName = new LinkedHashMap<>();
      tables.forEach(t -> byName.put(t.name(), t));
      if (!hasSqliteSequence(c)) {
        return out;
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT name, seq FROM sqlite_sequence")) {
        while (rs.next()) {
          StoreTable t = byName.get(rs.getString(1));
          if (t != null && t.primaryKey().size() == 1) {
            out.put(t.name() + "." + t.primaryKey().get(0), rs.getLong(2));
          }
        }
      }
      return out;
    }
    for (String[] column : identityColumns(c)) {
      try (PreparedStatement s = c.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
        s.setString(1, Schema.quote(column[0]));
        s.setString(2, column[1]);
        String sequence;
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          sequence = rs.getString(1);
        }
        if (sequence == null) {
          continue;
        }
        try (Statement q = c.createStatement();
            ResultSet rs = q.executeQuery("SELECT last_value, is_called FROM " + sequence)) {
          rs.next();
          out.put(column[0] + "." + column[1], rs.getBoolean(2) ? rs.getLong(1) : 0L);
        }
      }
    }
    return out;
  }

  /**
   * Sets every id counter of the store (just loaded) past the highest id in its table and past the
   * backup's own counter, so new rows never take an id the source had handed out.
   */
  static void setCounters(Connection c, Database.Kind kind, Map<String, Long> recorded)
      throws SQLException {
    if (kind == Database.Kind.SQLITE) {
      List<String[]> autoincrement = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT name FROM sqlite_master WHERE type = 'table'"
                      + " AND upper(sql) LIKE '%AUTOINCREMENT%'")) {
        while (rs.next()) {
          autoincrement.add(new String[] {rs.getString(1)});
        }
      }
      for (String[] table : autoincrement) {
        StoreTable t = Schema.sqliteTable(c, table[0]);
        if (t.primaryKey().size() != 1) {
          continue;
        }
        String column = t.primaryKey().get(0);
        long value =
            Math.max(max(c, t.name(), column), recorded.getOrDefault(t.name() + "." + column, 0L));
        try (PreparedStatement d =
            c.prepareStatement("DELETE FROM sqlite_sequence WHERE name = ?")) {
          d.setString(1, t.name());
          d.executeUpdate();
        }
        try (PreparedStatement i =
            c.prepareStatement("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)")) {
          i.setString(1, t.name());
          i.setLong(2, value);
          i.executeUpdate();
        }
      }
      return;
    }
    for (String[] column : identityColumns(c)) {
      long value =
          Math.max(
              max(c, column[0], column[1]), recorded.getOrDefault(column[0] + "." + column[1], 0L));
      if (value < 1) {
        continue;
      }
      try (PreparedStatement s =
          c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), ?, true)")) {
        s.setString(1, Schema.quote(column[0]));
        s.setString(2, column[1]);
        s.setLong(3, value);
        s.executeQuery().close();
      }
    }
  }

  private static List<String[]> identityColumns(Connection c) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema()"
                    + " AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')"
                    + " ORDER BY table_name, column_name")) {
      while (rs.next()) {
        if (!rs.getString(1).equalsIgnoreCase(Schema.FLYWAY_HISTORY)) {
          out.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    }
    return out;
  }

  private static boolean hasSqliteSequence(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")) {
      return rs.next() && rs.getLong(1) > 0;
    }
  }

  private static long max(Connection c, String table, String column) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT max(" + Schema.quote(column) + ") FROM " + Schema.quote(table))) {
      return rs.next() ? rs.getLong(1) : 0L;
    }
  }
}
