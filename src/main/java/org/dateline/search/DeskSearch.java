package org.dateline.search;

import java.util.Optional;

/**
 * The desk's full-text filter: words (the reader's syntax) over the newsroom's stories of one stage
 * or of every stage, optionally of one section and one owner ({@code owner} is always set for
 * reporters, who see only their own stories). Newest change first.
 */
public record DeskSearch(
    String text,
    Optional<String> stage,
    Optional<String> section,
    Optional<Long> owner,
    int limit) {
  public DeskSearch {
    text = text == null ? "" : text.strip();
  }
}
