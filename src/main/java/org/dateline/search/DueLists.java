package org.dateline.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stories whose related lists are due, gathered between two rounds of the related stories'
 * keeper (decision 0121): each story once, at its newest change's position, however many follower
 * steps changed it meanwhile. Thread-safe.
 */
final class DueLists {
  /** What became of the changes given to {@link #add}. */
  enum Added {
    /** Gathered, and the first since the last round took them: a round is to be scheduled. */
    FIRST,
    /** Gathered for the round already scheduled. */
    GATHERED,
    /** Not gathered: more than the most stories that may wait would be waiting. */
    FULL
  }

  private final int most;

  /** Story id → change-log position of its newest change. Guarded by {@code this}. */
  private final Map<Long, Long> changedAt = new LinkedHashMap<>();

  /** Stories taken by a round that has not finished. Guarded by {@code this}. */
  private int computing;

  DueLists(int most) {
    this.most = most;
  }

  synchronized Added add(Map<Long, Long> changes) {
    if (changedAt.size() + computing + changes.size() > most) {
      return Added.FULL;
    }
    boolean first = changedAt.isEmpty();
    changes.forEach((id, seq) -> changedAt.merge(id, seq, Math::max));
    return first ? Added.FIRST : Added.GATHERED;
  }

  /** Takes everything gathered for a round; {@link #done} when the round has finished with it. */
  synchronized Map<Long, Long> take() {
    Map<Long, Long> taken = new LinkedHashMap<>(changedAt);
    changedAt.clear();
    computing += taken.size();
    return taken;
  }

  synchronized void done(Map<Long, Long> taken) {
    computing -= taken.size();
  }
}
