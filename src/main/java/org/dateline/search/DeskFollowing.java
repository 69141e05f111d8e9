package org.dateline.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;

/**
 * The newsroom's saves followed into the index's desk documents, for {@link Following}: drafts have
 * no change log, so the stories changed since the index's last look are read again, with an overlap
 * window for saves committed out of their time order. Not thread-safe: {@link Following} calls it
 * under its lock, on the follower's thread.
 */
final class DeskFollowing {
  private final SearchIndex index;
  private final Stories stories;

  /** Story id → what was applied, within the overlap window. */
  private final Map<Long, DeskEntry> seen = new HashMap<>();

  DeskFollowing(SearchIndex index, Stories stories) {
    this.index = index;
    this.stories = stories;
  }

  /**
   * Applies the newsroom stories changed since the last look (drafts have no change log), without
   * refreshing the reader; true when it applied something, which the next refresh shows.
   */
  boolean follow() {
    boolean appliedAny = false;
    while (true) {
      long since = index.storiesSince();
      List<Story> changed =
          stories.changedSince(
              Instant.ofEpochMilli(Math.max(0, since - Search.STORIES_OVERLAP_MILLIS)),
              Search.BATCH);
      List<DeskEntry> entries = new ArrayList<>();
      long newest = since;
      for (Story s : changed) {
        long at = s.updatedAt().toEpochMilli();
        newest = Math.max(newest, at);
        DeskEntry entry = DeskEntry.of(s);
        // A stage can change within the same millisecond as a save: compare the whole entry.
        if (!entry.equals(seen.get(s.id()))) {
          entries.add(entry);
        }
      }
      if (entries.isEmpty() && newest == since) {
        return appliedAny;
      }
      index.applyDesk(entries, newest);
      appliedAny = true;
      for (DeskEntry e : entries) {
        seen.put(e.storyId(), e);
      }
      long horizon = newest - Search.STORIES_OVERLAP_MILLIS;
      seen.values().removeIf(e -> e.updatedAt().toEpochMilli() < horizon);
      if (changed.size() < Search.BATCH || newest == since) {
        return appliedAny;
      }
    }
  }
}
