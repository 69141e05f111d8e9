package org.dateline.storage;

import org.jdbi.v3.core.Handle;

/**
 * Named counters in the {@code settings} table, bumped in the transaction of a change that the
 * change log does not record (home page curation, sections), so that every process polling them
 * learns of it.
 */
public final class Counters {
  private Counters() {}

  /** Adds one to the counter (creating it at 1) and returns the new value. */
  public static long bump(Handle h, String name) {
    h.createUpdate(
            """
            INSERT INTO settings(name, value) VALUES (:name, '1')
            ON CONFLICT(name) DO UPDATE SET value = CAST(CAST(settings.value AS INTEGER) + 1 AS VARCHAR(20))
            """)
        .bind("name", name)
        .execute();
    return read(h, name);
  }

  /** The counter's value; 0 before it was ever bumped. */
  public static long read(Handle h, String name) {
    return h.createQuery("SELECT value FROM settings WHERE name = :name")
        .bind("name", name)
        .mapTo(String.class)
        .findOne()
        .map(Long::parseLong)
        .orElse(0L);
  }
}
