package org.dateline.article;

import java.util.List;
import java.util.Optional;

/** One page of a newest-first list, with cursors to the older and newer neighbours. */
public record Slice(List<ArticleSummary> items, Optional<Cursor> older, Optional<Cursor> newer) {
  /**
   * A page cut at a cursor and the position of the cursor: the cursor of the story standing there
   * (before a cursor, the oldest story at or after it; after one, the newest at or before it),
   * empty when there is none. A page link names a real position when its cursor is its position.
   */
  public record At(Slice slice, Optional<Cursor> position) {}
}
