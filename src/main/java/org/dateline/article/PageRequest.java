package org.dateline.article;

import java.util.Optional;

/** Which page of a list to cut: before a cursor (older), after one (newer), or the newest. */
public record PageRequest(Optional<Cursor> before, Optional<Cursor> after, int size) {
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page size runs from 1 to " + MAX_SIZE);
    }
    if (before.isPresent() && after.isPresent()) {
      throw new IllegalArgumentException("a page is cut before or after a cursor, not both");
    }
  }

  public static PageRequest newest(int size) {
    return new PageRequest(Optional.empty(), Optional.empty(), size);
  }
}
