package org.dateline.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.api.MigrationVersion;

/**
 * What the store's schema holds, read from the database itself (never from a list in code): the
 * application tables (all but Flyway's history and SQLite's own), their columns, keys and foreign
 * keys, ordered parents first (the id counters are {@link IdCounters}); the schema version Flyway
 * applied. For backup and restore (decision 0071).
 */
final class Schema {
  static final String FLYWAY_HISTORY = "flyway_schema_history";

  private Schema() {}

  /** The application tables, parents before the tables whose foreign keys point to them. */
  static List<StoreTable> tables(Connection c, Database.Kind kind) throws SQLException {
    Map<String, StoreTable> byName = new TreeMap<>();
    for (String name : tableNames(c, kind)) {
      byName.put(
          name, kind == Database.Kind.SQLITE ? sqliteTable(c, name) : postgresqlTable(c, name));
    }
    return parentsFirst(byName);
  }

  private static List<String> tableNames(Connection c, Database.Kind kind) throws SQLException {
    String sql =
        kind == Database.Kind.SQLITE
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'"
            : "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        String name = rs.getString(1);
        if (!name.equalsIgnoreCase(FLYWAY_HISTORY)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  static StoreTable sqliteTable(Connection c, String name) throws SQLException {
    List<StoreTable.Column> columns = new ArrayList<>();
    Map<Integer, String> key = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(name) + ")")) {
      while (rs.next()) {
        String column = rs.getString("name");
        columns.add(
            new StoreTable.Column(column, StoreTable.ValueType.ofDeclared(rs.getString("type"))));
        int pk = rs.getInt("pk");
        if (pk > 0) {
          key.put(pk, column);
        }
      }
    }
    Set<String> parents = new TreeSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + quote(name) + ")")) {
      while (rs.next()) {
        parents.add(rs.getString("table"));
      }
    }
    return new StoreTable(name, columns, List.copyOf(key.values()), parents);
  }

  private static StoreTable postgresqlTable(Connection c, String name) throws SQLException {
    List<StoreTable.Column> columns = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ?"
                + " ORDER BY ordinal_position")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.add(
              new StoreTable.Column(
                  rs.getString(1), StoreTable.ValueType.ofDeclared(rs.getString(2))));
        }
      }
    }
    List<String> key = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, c.getSchema(), name)) {
      Map<Integer, String> ordered = new TreeMap<>();
      while (rs.next()) {
        ordered.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
      key.addAll(ordered.values());
    }
    Set<String> parents = new TreeSet<>();
    try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), name)) {
      while (rs.next()) {
        parents.add(rs.getString("PKTABLE_NAME"));
      }
    }
    return new StoreTable(name, columns, key, parents);
  }

  /** Orders the tables so every table comes after the tables it references (itself excepted). */
  private static List<StoreTable> parentsFirst(Map<String, StoreTable> byName) {
    List<StoreTable> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (ordered.size() < byName.size()) {
      boolean progress = false;
      for (StoreTable t : byName.values()) {
        if (placed.contains(t.name())) {
          continue;
        }
        boolean ready = true;
        for (String parent : t.parents()) {
          if (!parent.equals(t.name()) && byName.containsKey(parent) && !placed.contains(parent)) {
            ready = false;
          }
        }
        if (ready) {
          ordered.add(t);
          placed.add(t.name());
          progress = true;
        }
      }
      if (!progress) {
        throw new IllegalStateException(
            "the tables' foreign keys form a cycle; no load order exists: " + byName.keySet());
      }
    }
    return ordered;
  }

  /**
   * The schema version Flyway applied last, or empty when the store has no history yet (an empty
   * database).
   */
  static java.util.Optional<String> version(Connection c) throws SQLException {
    if (!hasTable(c, FLYWAY_HISTORY)) {
      return java.util.Optional.empty();
    }
    MigrationVersion newest = null;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version, success FROM " + FLYWAY_HISTORY)) {
      while (rs.next()) {
        String v = rs.getString(1);
        if (v != null && rs.getBoolean(2)) {
          MigrationVersion mv = MigrationVersion.fromVersion(v);
          if (newest == null || mv.compareTo(newest) > 0) {
            newest = mv;
          }
        }
      }
    }
    return java.util.Optional.ofNullable(newest).map(MigrationVersion::getVersion);
  }

  static boolean hasTable(Connection c, String name) throws SQLException {
    try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), name, null)) {
      return rs.next();
    }
  }

  /** A name as a quoted SQL identifier (the names come from the schema, never from a user). */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
