package org.dateline.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: each public story's related stories as computed once and kept in the store (decision 0102),
 * so a cold article view reads one row instead of querying the index. A list is derived: it may
 * name stories that are no longer public (the page filters them when it reads them), and a story
 * without one has it computed again.
 */
public interface RelatedLists {
  /** A kept list: the related story ids, best first, and the index position it was computed at. */
  record Kept(List<Long> ids, long atSeq) {
    public Kept {
      ids = List.copyOf(ids);
    }
  }

  /** The list kept for this story (article id), if there is one. */
  Optional<Kept> kept(long articleId);

  /** Keeps (or replaces) the list of this story. */
  void keep(long articleId, Kept list);

  /**
   * Drops the lists of these stories (article id → change-log position of their latest change) that
   * were computed before that change: a list computed after it, by another node, stays.
   */
  void forget(Map<Long, Long> changedAt);
}
