package org.dateline.storage;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One application table of the store as the schema declares it, in words both kinds of database
 * share: its columns with a portable {@link ValueType}, its primary key and the tables its foreign
 * keys point to. What a backup writes and a restore checks against (decision 0071). Immutable.
 */
public record StoreTable(
    String name, List<Column> columns, List<String> primaryKey, Set<String> parents) {

  public StoreTable {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    parents = Set.copyOf(parents);
  }

  /** A column and the kind of value it holds. */
  public record Column(String name, ValueType type) {}

  /**
   * The kinds of values a column holds, the same on SQLite and PostgreSQL. In a row they are a
   * {@code Long}, {@code Double}, {@code String}, {@code byte[]} or {@code Boolean} (or null).
   */
  public enum ValueType {
    INTEGER,
    REAL,
    TEXT,
    BYTES,
    BOOLEAN;

    /** Its name in a backup's manifest. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a manifest's {@code code}. */
    public static ValueType of(String code) {
      for (ValueType t : values()) {
        if (t.code().equals(code)) {
          return t;
        }
      }
      throw new IllegalArgumentException("unknown column type " + code);
    }

    /**
     * The type of a declared SQL type, by SQLite's affinity rules (which also read PostgreSQL's
     * names right): INT anywhere is an integer, then CHAR/CLOB/TEXT text, BLOB/BYTEA bytes,
     * REAL/FLOA/DOUB/NUMERIC/DECIMAL real, BOOL boolean; anything else is kept as text.
     */
    static ValueType ofDeclared(String declared) {
      String t = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
      if (t.contains("INT")) {
        return INTEGER;
      }
      if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
        return TEXT;
      }
      if (t.contains("BLOB") || t.contains("BYTEA")) {
        return BYTES;
      }
      if (t.contains("BOOL")) {
        return BOOLEAN;
      }
      if (t.contains("REAL")
          || t.contains("FLOA")
          || t.contains("DOUB")
          || t.contains("NUMERIC")
          || t.contains("DECIMAL")) {
        return REAL;
      }
      return TEXT;
    }
  }

  /** The column names, in the table's order. */
  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }
}
