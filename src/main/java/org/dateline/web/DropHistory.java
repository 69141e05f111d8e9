package org.dateline.web;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The page cache's latest drops, each with the generation it made (decision 0131): whether a page
 * rendered since a generation may be kept, because no drop after it named one of the page's keys.
 * Its changes are made under {@link PageCache}'s lock; the generation may be read without it.
 */
final class DropHistory {
  private final int kept;

  /** Read without the lock ({@link PageCache#mark()}); moved only under it. */
  private final AtomicLong generation = new AtomicLong();

  /** Oldest first; {@code null} keys for a drop of every page. */
  private final ArrayDeque<Drop> drops = new ArrayDeque<>();

  private record Drop(long generation, @Nullable Set<String> keys) {}

  DropHistory(int kept) {
    this.kept = kept;
  }

  /** The generation now: it grows with every drop. */
  long generation() {
    return generation.get();
  }

  /** A drop of the pages of these keys, or of every page when {@code keys} is null. */
  void dropped(@Nullable Collection<String> keys) {
    long now = generation.incrementAndGet();
    drops.addLast(new Drop(now, keys == null ? null : Set.copyOf(keys)));
    if (drops.size() > kept) {
      drops.removeFirst();
    }
  }

  /**
   * Whether every drop after generation {@code mark} left pages of these keys alone; false when the
   * drops since are no longer all remembered.
   */
  boolean untouchedSince(long mark, Set<String> keys) {
    if (mark == generation.get()) {
      return true;
    }
    Drop oldest = drops.peekFirst();
    if (oldest == null || oldest.generation() > mark + 1) {
      return false;
    }
    for (Drop d : drops) {
      if (d.generation() <= mark) {
        continue;
      }
      if (d.keys() == null) {
        return false;
      }
      for (String k : keys) {
        if (d.keys().contains(k)) {
          return false;
        }
      }
    }
    return true;
  }
}
