package org.dateline.newsroom.workflow;

import java.util.Optional;

/**
 * A position in the desk's Published or All tab: the row's time (epoch milliseconds) and a key
 * unique among the rows (a story's id negated, or a public story's id), newest first.
 */
public record DeskCursor(long at, long key) {
  /** The cursor as a query parameter ({@code at.key}). */
  public String token() {
    return at + "." + key;
  }

  /** The cursor a token names; empty for anything else. */
  public static Optional<DeskCursor> parse(String token) {
    if (token == null || !token.matches("\\d{1,18}\\.-?\\d{1,18}")) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    return Optional.of(
        new DeskCursor(
            Long.parseLong(token.substring(0, dot)), Long.parseLong(token.substring(dot + 1))));
  }
}
