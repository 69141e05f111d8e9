package org.dateline.storage;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Named values in the {@code settings} table, which storage owns (decision 0018): each feature
 * keeps its own names under its own prefix ({@code edition.}, {@code feedback.}, {@code sign-in.},
 * the counters of {@link Counters}) and reaches them only through here, inside its own transaction.
 * Portable SQL.
 */
public final class Settings {
  private Settings() {}

  /** The value stored under {@code name}, if any. */
  public static Optional<String> get(Handle h, String name) {
    return h.createQuery("SELECT value FROM settings WHERE name = :name")
        .bind("name", name)
        .mapTo(String.class)
        .findOne();
  }

  /** Every name starting with {@code prefix}, with its value. */
  public static Map<String, String> startingWith(Handle h, String prefix) {
    String pattern = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    return h
        .createQuery("SELECT name, value FROM settings WHERE name LIKE :pattern ESCAPE '!'")
        .bind("pattern", pattern)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Stores {@code value} under {@code name}, replacing what was there. */
  public static void put(Handle h, String name, String value) {
    h.createUpdate(
            """
            INSERT INTO settings(name, value) VALUES (:name, :value)
            ON CONFLICT(name) DO UPDATE SET value = excluded.value
            """)
        .bind("name", name)
        .bind("value", value)
        .execute();
  }

  /**
   * Stores {@code value} under {@code name} unless a value is there already, and returns the value
   * stored: of several processes proposing one, the first stored wins.
   */
  public static String putIfAbsent(Handle h, String name, String value) {
    h.createUpdate(
            "INSERT INTO settings(name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
        .bind("name", name)
        .bind("value", value)
        .execute();
    return get(h, name).orElseThrow();
  }
}
