package org.dateline.article;

import java.util.Optional;

/**
 * A stable position in a newest-first list: the publication instant and id of a story. Pages are
 * cut "before" or "after" it, so stories published meanwhile do not shift pages.
 */
public record Cursor(long publishedMillis, long id) {
  /** The compact form used in URLs, e.g. {@code 1643922720000-17}. */
  public String token() {
    return publishedMillis + "-" + id;
  }

  /** Parses a URL token; empty when it is malformed. */
  public static Optional<Cursor> parse(String token) {
    if (token == null || !token.matches("\\d{1,15}-\\d{1,15}")) {
      return Optional.empty();
    }
    int dash = token.indexOf('-');
    return Optional.of(
        new Cursor(
            Long.parseLong(token.substring(0, dash)), Long.parseLong(token.substring(dash + 1))));
  }
}
