package org.dateline.search;

import java.util.Optional;

/**
 * The desk's full-text filter: words (the reader's syntax) over the newsroom's stories of one stage
 * or of every stage, optionally of one section and one owner ({@code owner} is always set for
 * reporters, who see only their own stories), newest change first; and, when {@code publicLimit} is
 * above 0, up to that many public stories of the section, best match first (the Published and All
 * tabs of an editor list public stories that have no newsroom story).
 */
public record DeskSearch(
    String text,
    Optional<String> stage,
    Optional<String> section,
    Optional<Long> owner,
    int limit,
    int publicLimit) {
  public DeskSearch {
    text = text == null ? "" : text.strip();
    if (limit < 0 || publicLimit < 0) {
      throw new IllegalArgumentException("limits are not negative");
    }
  }
}
