package org.dateline.search;

import java.util.List;

/**
 * What the desk's filter found: newsroom story ids, newest change first, and public story (article)
 * ids, best match first; only ids, read from one parse of the words (decision 0103).
 */
public record DeskHits(List<Long> storyIds, List<Long> articleIds) {
  public DeskHits {
    storyIds = List.copyOf(storyIds);
    articleIds = List.copyOf(articleIds);
  }

  /** Nothing found (no words, or too many). */
  public static DeskHits none() {
    return new DeskHits(List.of(), List.of());
  }
}
