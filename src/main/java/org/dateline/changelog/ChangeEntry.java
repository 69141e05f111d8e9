package org.dateline.changelog;

import java.time.Instant;
import java.util.Set;

/**
 * One entry of the change log: sequence number, story, action, the story's version, time, and the
 * cache keys the change touches (for the story's old and new state; see {@code article.CacheKeys}).
 */
public record ChangeEntry(
    long seq, long articleId, ChangeAction action, int version, Instant at, Set<String> keys) {
  public ChangeEntry {
    keys = Set.copyOf(keys);
  }
}
