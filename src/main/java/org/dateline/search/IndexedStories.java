package org.dateline.search;

import java.util.List;

/**
 * Port: every stored story as the index takes it, read from the store's columns in id order
 * (decision 0122: the rebuild's reader builds no articles and parses of each body only its text).
 */
public interface IndexedStories {
  /** The stored stories of any state after {@code afterId}, in id order, at most {@code limit}. */
  List<IndexedStory> after(long afterId, int limit);
}
